package kz.edufusion.academy.domain;

import java.time.Instant;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A live session of a cohort, with the course title and cohort name for calendars. */
public record SessionView(UUID id, UUID cohortId, UUID courseId, LocalizedText courseTitle, String cohortName, String title,
        Instant startsAt, int minutes, String onlineUrl, String place) {

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * minutes);
    }
}
