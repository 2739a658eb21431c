package kz.edufusion.academy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The completion rules from counts alone, graded items from several sources added up, and the mastery score. */
class CompletionCheckTest {

    @Test
    void completedNeedsEveryLessonAndIgnoresGradedItems() {
        assertThat(CompletionCheck.met(CompletionRule.COMPLETED, 3, 3, new GradedItems(2, 0))).isTrue();
        assertThat(CompletionCheck.met(CompletionRule.COMPLETED, 3, 2, new GradedItems(2, 2))).isFalse();
    }

    @Test
    void passedNeedsEveryGradedItemAndIgnoresLessons() {
        assertThat(CompletionCheck.met(CompletionRule.PASSED, 3, 0, new GradedItems(2, 2))).isTrue();
        assertThat(CompletionCheck.met(CompletionRule.PASSED, 3, 3, new GradedItems(2, 1))).isFalse();
    }

    @Test
    void bothNeedsBoth() {
        assertThat(CompletionCheck.met(CompletionRule.BOTH, 3, 3, new GradedItems(2, 2))).isTrue();
        assertThat(CompletionCheck.met(CompletionRule.BOTH, 3, 2, new GradedItems(2, 2))).isFalse();
        assertThat(CompletionCheck.met(CompletionRule.BOTH, 3, 3, new GradedItems(2, 1))).isFalse();
    }

    @Test
    void gradedItemsOfSeveralSourcesAddUp() {
        GradedItems quizzes = new GradedItems(2, 2);
        GradedItems assignments = new GradedItems(1, 0);
        assertThat(CompletionCheck.met(CompletionRule.PASSED, 0, 0, quizzes.plus(assignments))).isFalse();
        assertThat(CompletionCheck.met(CompletionRule.PASSED, 0, 0, quizzes.plus(new GradedItems(1, 1)))).isTrue();
    }

    @Test
    void masteryIsTheMeanOfBestScoresWithAnUntriedQuizCountingZero() {
        assertThat(Mastery.of(List.of())).isNull();
        assertThat(Mastery.of(List.of(new QuizMark(new BigDecimal("90"), 2, true), QuizMark.NONE,
                new QuizMark(new BigDecimal("45.5"), 1, false)))).isEqualByComparingTo("45.17");
    }
}
