package kz.edufusion.academy.domain;

import java.util.List;

/** One cohort for its owner: the members holding a seat, the waiting list in order, and the live sessions. */
public record CohortDetail(CohortView cohort, List<ApplicantRow> members, List<ApplicantRow> waiting, List<SessionView> sessions,
        boolean blended, List<SemesterView> semesters) {
}
