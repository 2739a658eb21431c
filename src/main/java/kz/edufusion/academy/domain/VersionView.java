package kz.edufusion.academy.domain;

import java.time.Instant;
import java.util.UUID;
import kz.edufusion.academy.VersionStatus;

/** One version of a course with what the catalog says about it and the marks its checklist answers earn. */
public record VersionView(UUID id, UUID courseId, int number, VersionStatus status, CourseDetails details,
        boolean genderInclusive, boolean climateNeutral, int lessonCount, Instant publishedAt, Instant updatedAt) {

    public boolean draft() {
        return status == VersionStatus.DRAFT;
    }
}
