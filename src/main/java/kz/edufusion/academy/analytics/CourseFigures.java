package kz.edufusion.academy.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** One course's figures for its owner: semesters, gender split, completion and pass rates, drop-off per lesson. */
public record CourseFigures(UUID courseId, LocalizedText title, List<SemesterRow> semesters, Long enrollments,
        Long female, Long male, Long undisclosed, BigDecimal completionRate, BigDecimal passRate, List<LessonReach> lessons) {
}
