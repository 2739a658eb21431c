package kz.edufusion.academy.analytics;

import java.math.BigDecimal;
import kz.edufusion.common.LocalizedText;

/**
 * Drop-off along a course: how many learners opened (reached) and completed each lesson of the published version,
 * in course order, and the reached share of all enrolled learners. Lessons are matched by key, so learners of older
 * versions count at the same lesson.
 */
public record LessonReach(int number, LocalizedText title, Long reached, Long completed, BigDecimal reachedShare) {
}
