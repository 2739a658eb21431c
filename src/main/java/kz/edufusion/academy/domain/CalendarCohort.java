package kz.edufusion.academy.domain;

import kz.edufusion.academy.EnrollmentStatus;
import kz.edufusion.common.LocalizedText;

/** A cohort on a calendar: the course's title, and the reader's status in it (null for the owner). */
public record CalendarCohort(CohortView cohort, LocalizedText courseTitle, EnrollmentStatus status) {
}
