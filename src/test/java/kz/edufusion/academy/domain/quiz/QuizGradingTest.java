package kz.edufusion.academy.domain.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each question kind, the multiple-choice credit rule, the tolerance edges and the score of an attempt. */
class QuizGradingTest {

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();
    private final UUID d = UUID.randomUUID();

    @Test
    void singleChoiceNeedsExactlyTheCorrectOption() {
        QuizQuestion q = QuizQuestion.choice(UUID.randomUUID(), QuestionKind.SINGLE_CHOICE, 2, List.of(a, b, c), Set.of(b));
        assertThat(QuizGrading.points(q, QuizAnswer.choosing(Set.of(b)))).isEqualByComparingTo("2");
        assertThat(QuizGrading.points(q, QuizAnswer.choosing(Set.of(a)))).isEqualByComparingTo("0");
        assertThat(QuizGrading.points(q, QuizAnswer.choosing(Set.of(a, b)))).isEqualByComparingTo("0");
        assertThat(QuizGrading.points(q, QuizAnswer.NONE)).isEqualByComparingTo("0");
        assertThat(QuizGrading.points(q, null)).isEqualByComparingTo("0");
    }

    @Test
    void multipleChoiceGivesPartialCreditAndPenalisesWrongTicks() {
        QuizQuestion q = QuizQuestion.choice(UUID.randomUUID(), QuestionKind.MULTIPLE_CHOICE, 4, List.of(a, b, c, d), Set.of(a, b));
        assertThat(QuizGrading.points(q, QuizAnswer.choosing(Set.of(a, b)))).isEqualByComparingTo("4");
        assertThat(QuizGrading.points(q, QuizAnswer.choosing(Set.of(a)))).isEqualByComparingTo("2");
        assertThat(QuizGrading.points(q, QuizAnswer.choosing(Set.of(a, b, c)))).isEqualByComparingTo("2");
        assertThat(QuizGrading.points(q, QuizAnswer.choosing(Set.of(a, c)))).isEqualByComparingTo("0");
        assertThat(QuizGrading.points(q, QuizAnswer.choosing(Set.of(a, b, c, d)))).as("ticking everything").isEqualByComparingTo("0");
        assertThat(QuizGrading.points(q, QuizAnswer.choosing(Set.of(c, d)))).as("never below zero").isEqualByComparingTo("0");
    }

    @ParameterizedTest
    @CsvSource({"9.81, true", "9.76, true", "9.86, true", "9.75, true", "9.87, true", "9.749, false", "9.871, false",
            "'9,8', true", "' 9.8 ', true", "1e1, false", "abc, false", "'', false"})
    void numericAnswersCountWithinTheToleranceInclusive(String given, boolean right) {
        QuizQuestion q = QuizQuestion.numeric(UUID.randomUUID(), 1, new BigDecimal("9.81"), new BigDecimal("0.06"));
        assertThat(QuizGrading.points(q, QuizAnswer.typing(given))).isEqualByComparingTo(right ? "1" : "0");
    }

    @Test
    void numericComparisonIsDecimalNotBinary() {
        QuizQuestion exact = QuizQuestion.numeric(UUID.randomUUID(), 1, new BigDecimal("0.3"), BigDecimal.ZERO);
        assertThat(QuizGrading.points(exact, QuizAnswer.typing("0.30"))).isEqualByComparingTo("1");
        assertThat(QuizGrading.points(exact, QuizAnswer.typing(String.valueOf(0.1 + 0.2)))).isEqualByComparingTo("0");
        assertThat(QuizGrading.points(exact, QuizAnswer.typing("1 000"))).isEqualByComparingTo("0");
        QuizQuestion big = QuizQuestion.numeric(UUID.randomUUID(), 1, new BigDecimal("1000"), BigDecimal.ZERO);
        assertThat(QuizGrading.points(big, QuizAnswer.typing("1 000"))).as("thousands space").isEqualByComparingTo("1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"photosynthesis", "Photosynthesis", "  PHOTOSYNTHESIS ", "фотосинтез", "ФОТОСИНТЕЗ",
            "solar  energy", " Solar\tEnergy "})
    void shortTextIgnoresCaseAndWhitespace(String given) {
        QuizQuestion q = QuizQuestion.shortText(UUID.randomUUID(), 1, List.of("Photosynthesis", "Фотосинтез", "solar energy"));
        assertThat(QuizGrading.points(q, QuizAnswer.typing(given))).isEqualByComparingTo("1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"photo synthesis", "photosynthesi", "", "   ", "solarenergy"})
    void shortTextRefusesOtherWords(String given) {
        QuizQuestion q = QuizQuestion.shortText(UUID.randomUUID(), 1, List.of("Photosynthesis", "solar energy"));
        assertThat(QuizGrading.points(q, QuizAnswer.typing(given))).isEqualByComparingTo("0");
    }

    @Test
    void shortTextComparesComposedAndDecomposedLettersAlike() {
        QuizQuestion q = QuizQuestion.shortText(UUID.randomUUID(), 1, List.of("\u0439"));
        assertThat(QuizGrading.points(q, QuizAnswer.typing("\u0438\u0306"))).isEqualByComparingTo("1");
    }

    @Test
    void anAttemptScoresOnlyItsDrawnQuestionsAgainstThePassMark() {
        QuizQuestion single = QuizQuestion.choice(UUID.randomUUID(), QuestionKind.SINGLE_CHOICE, 2, List.of(a, b), Set.of(a));
        QuizQuestion numeric = QuizQuestion.numeric(UUID.randomUUID(), 2, new BigDecimal("42"), BigDecimal.ZERO);
        UUID notDrawn = UUID.randomUUID();
        Map<UUID, QuizAnswer> answers = Map.of(single.id(), QuizAnswer.choosing(Set.of(a)),
                numeric.id(), QuizAnswer.typing("41"), notDrawn, QuizAnswer.typing("anything"));

        QuizResult half = QuizGrading.grade(List.of(single, numeric), answers, 50);
        assertThat(half.earned()).isEqualByComparingTo("2");
        assertThat(half.possible()).isEqualTo(4);
        assertThat(half.percent()).isEqualByComparingTo("50");
        assertThat(half.passed()).as("the pass mark itself passes").isTrue();
        assertThat(QuizGrading.grade(List.of(single, numeric), answers, 51).passed()).isFalse();
    }

    @Test
    void partialCreditShowsInThePercentage() {
        QuizQuestion multiple = QuizQuestion.choice(UUID.randomUUID(), QuestionKind.MULTIPLE_CHOICE, 1, List.of(a, b, c, d), Set.of(a, b, c));
        QuizResult result = QuizGrading.grade(List.of(multiple), Map.of(multiple.id(), QuizAnswer.choosing(Set.of(a))), 30);
        assertThat(result.percent()).isEqualByComparingTo("33.33");
        assertThat(result.passed()).isTrue();
    }
}
