package kz.edufusion.academy;

import java.time.Instant;
import java.util.UUID;

/** A version of a course was published (accreditation and the catalog's analytics start from it). */
public record CourseVersionPublished(UUID courseId, UUID versionId, int number, UUID publishedBy, Instant at) {
}
