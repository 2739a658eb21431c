package kz.edufusion.academy.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A cohort with its seats: {@code active} members of {@code capacity}, and how many wait for a seat. */
public record CohortView(UUID id, UUID courseId, UUID semesterId, String name, LocalDate startsOn, LocalDate endsOn,
        LocalDate enrollOpensOn, LocalDate enrollClosesOn, int capacity, int active, int waiting) {

    public boolean openOn(LocalDate day) {
        return !day.isBefore(enrollOpensOn) && !day.isAfter(enrollClosesOn);
    }

    public int seatsLeft() {
        return Math.max(0, capacity - active);
    }
}
