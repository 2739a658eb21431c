package kz.edufusion.academy.analytics;

import java.util.List;
import java.util.UUID;

/** The academy-wide page (or one university's share of it): semesters, then one semester by region, university, course. */
public record AcademyOverview(UUID university, List<SemesterRow> semesters, AcademicSemester selected,
        List<GroupRow> regions, List<GroupRow> universities, List<GroupRow> courses) {
}
