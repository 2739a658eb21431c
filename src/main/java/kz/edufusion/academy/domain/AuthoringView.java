package kz.edufusion.academy.domain;

import java.util.List;
import java.util.UUID;

/**
 * What the owner's course page shows: the version being edited (the draft, or the published one when there is no
 * draft), its outline, outcomes, checklist answers and prerequisites, every version, and how many people enrolled.
 */
public record AuthoringView(UUID courseId, UUID publishedVersionId, VersionView version, List<ModuleView> modules,
        List<OutcomeView> outcomes, Checklist checklist, List<CourseTitle> prerequisites, List<VersionView> versions,
        long enrollments) {

    public boolean editable() {
        return version.draft();
    }
}
