package kz.edufusion.academy.domain;

import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.EnrollmentMode;

/** The owner's delivery page of a course: its mode, cohorts with seats, and the requests waiting for approval. */
public record DeliveryOverview(UUID courseId, VersionView version, EnrollmentMode mode, List<CohortView> cohorts,
        List<ApplicantRow> pending, List<SemesterView> semesters) {
}
