package kz.edufusion.academy;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** Read-only access to the academy's published courses for other modules (e.g. TDSS programs run on a course). */
public interface AcademyCourses {

    /** The titles of those of the given courses that are published, by course id; unpublished or unknown ids are absent. */
    Map<UUID, LocalizedText> publishedTitles(Collection<UUID> courseIds);

    /** Every published course's title, by course id, for pickers. */
    Map<UUID, LocalizedText> allPublished();
}
