package kz.edufusion.academy.domain.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Questions nobody could answer right, and quizzes that cannot draw, are refused with the field to fix. */
class QuizDefinitionRulesTest {

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();

    @Test
    void aChoiceQuestionNeedsACorrectOptionAmongItsOptions() {
        assertThat(QuizDefinitionRules.check(QuizQuestion.choice(a, QuestionKind.MULTIPLE_CHOICE, 1, List.of(a, b), Set.of())))
                .containsExactly(QuizDefinitionProblem.NO_CORRECT_OPTION);
        assertThat(QuizDefinitionRules.check(QuizQuestion.choice(a, QuestionKind.SINGLE_CHOICE, 1, List.of(a, b), Set.of(UUID.randomUUID()))))
                .containsExactly(QuizDefinitionProblem.CORRECT_NOT_AN_OPTION);
        assertThat(QuizDefinitionRules.check(QuizQuestion.choice(a, QuestionKind.SINGLE_CHOICE, 1, List.of(a, b), Set.of(a, b))))
                .containsExactly(QuizDefinitionProblem.SEVERAL_CORRECT_IN_SINGLE);
        assertThat(QuizDefinitionRules.check(QuizQuestion.choice(a, QuestionKind.SINGLE_CHOICE, 1, List.of(a), Set.of(a))))
                .containsExactly(QuizDefinitionProblem.NO_OPTIONS);
        assertThat(QuizDefinitionRules.check(QuizQuestion.choice(a, QuestionKind.MULTIPLE_CHOICE, 1, List.of(a, b), Set.of(a, b))))
                .isEmpty();
    }

    @Test
    void aNumericQuestionNeedsAValueAndANonNegativeTolerance() {
        assertThat(QuizDefinitionRules.check(QuizQuestion.numeric(a, 1, null, BigDecimal.ONE)))
                .containsExactly(QuizDefinitionProblem.NO_EXPECTED_VALUE);
        assertThat(QuizDefinitionRules.check(QuizQuestion.numeric(a, 1, BigDecimal.TEN, new BigDecimal("-0.1"))))
                .containsExactly(QuizDefinitionProblem.NEGATIVE_TOLERANCE);
        assertThat(QuizDefinitionRules.check(QuizQuestion.numeric(a, 1, BigDecimal.TEN, null))).isEmpty();
    }

    @Test
    void aShortTextQuestionNeedsAnAcceptedAnswerThatIsNotBlank() {
        assertThat(QuizDefinitionRules.check(QuizQuestion.shortText(a, 1, List.of())))
                .containsExactly(QuizDefinitionProblem.NO_ACCEPTED_ANSWER);
        assertThat(QuizDefinitionRules.check(QuizQuestion.shortText(a, 1, List.of("  ", ""))))
                .containsExactly(QuizDefinitionProblem.NO_ACCEPTED_ANSWER);
        assertThat(QuizDefinitionRules.check(QuizQuestion.shortText(a, 0, List.of("ok"))))
                .containsExactly(QuizDefinitionProblem.POINTS_NOT_POSITIVE);
    }

    @Test
    void aQuizCannotDrawMoreThanItsBank() {
        assertThat(QuizDefinitionRules.checkQuiz(3, 4, 60, 2)).containsExactly(QuizDefinitionProblem.DRAW_LARGER_THAN_BANK);
        assertThat(QuizDefinitionRules.checkQuiz(3, 0, 101, 0)).containsExactly(QuizDefinitionProblem.DRAW_NOT_POSITIVE,
                QuizDefinitionProblem.PASS_MARK_OUT_OF_RANGE, QuizDefinitionProblem.ATTEMPTS_NOT_POSITIVE);
        assertThat(QuizDefinitionRules.checkQuiz(3, 3, 100, 1)).isEmpty();
        assertThat(QuizDefinitionProblem.DRAW_LARGER_THAN_BANK.field()).isEqualTo("drawCount");
    }

    @Test
    void answersAreRefusedAfterTheTimeLimitAndItsGrace() {
        Instant start = Instant.parse("2026-12-02T10:00:00Z");
        AttemptDeadline deadline = new AttemptDeadline(start, Optional.of(Duration.ofMinutes(10)), Duration.ofSeconds(30));
        assertThat(deadline.accepts(start.plusSeconds(600))).isTrue();
        assertThat(deadline.accepts(start.plusSeconds(630))).as("last second of grace").isTrue();
        assertThat(deadline.accepts(start.plusSeconds(631))).isFalse();
        assertThat(deadline.endsAt()).contains(start.plusSeconds(600));
        AttemptDeadline untimed = new AttemptDeadline(start, Optional.empty(), Duration.ofSeconds(30));
        assertThat(untimed.accepts(start.plus(Duration.ofDays(30)))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void everyProblemHasItsMessageInEveryLanguage(String language) throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = new InputStreamReader(getClass().getResourceAsStream("/i18n/academy_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        for (QuizDefinitionProblem problem : QuizDefinitionProblem.values()) {
            assertThat(bundle.getProperty(problem.messageKey())).as(problem.messageKey()).isNotBlank();
        }
    }
}
