package kz.edufusion.academy.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One learner in the owner's gradebook: lessons done, per quiz of the gradebook's columns their best score and
 * attempts, whether every quiz is passed, the mastery score ({@link Mastery}) and whether the course is completed.
 */
public record GradebookRow(String name, String email, EnrollmentView enrollment, List<QuizMark> marks, boolean allPassed,
        BigDecimal mastery) {
}
