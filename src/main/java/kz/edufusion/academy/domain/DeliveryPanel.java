package kz.edufusion.academy.domain;

import java.time.LocalDate;
import java.util.List;
import kz.edufusion.academy.EnrollmentMode;
import kz.edufusion.academy.EnrollmentStatus;

/**
 * What a course page shows a learner about getting in: the mode, the cohorts (for a cohort course), and their own
 * application (null when they never applied or are not signed in), as of {@code today}.
 */
public record DeliveryPanel(EnrollmentMode mode, List<CohortView> cohorts, ApplicationView application, LocalDate today) {

    public boolean open() {
        return mode == EnrollmentMode.OPEN;
    }

    /** Neither in the course nor waiting: may apply (or request, or enroll). */
    public boolean mayApply() {
        return application == null || !application.status().standing();
    }

    public boolean mayWithdraw() {
        return application != null && application.status().standing();
    }

    public boolean is(EnrollmentStatus status) {
        return application != null && application.status() == status;
    }

    public CohortView myCohort() {
        return application == null || application.cohortId() == null ? null
                : cohorts.stream().filter(c -> c.id().equals(application.cohortId())).findFirst().orElse(null);
    }
}
