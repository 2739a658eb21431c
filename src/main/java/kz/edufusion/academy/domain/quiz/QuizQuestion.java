package kz.edufusion.academy.domain.quiz;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the engine needs of one question to grade it: its options and which are correct (choice kinds), the expected
 * value and tolerance (numeric), the accepted answers (short text), and its weight in points. Texts shown to learners
 * are not here on purpose: grading never depends on the language a question is read in.
 */
public record QuizQuestion(UUID id, QuestionKind kind, int points, List<UUID> options, Set<UUID> correctOptions,
        BigDecimal expected, BigDecimal tolerance, List<String> acceptedAnswers) {

    public QuizQuestion {
        options = options == null ? List.of() : List.copyOf(options);
        correctOptions = correctOptions == null ? Set.of() : Set.copyOf(correctOptions);
        acceptedAnswers = acceptedAnswers == null ? List.of() : List.copyOf(acceptedAnswers);
        tolerance = tolerance == null ? BigDecimal.ZERO : tolerance;
    }

    public static QuizQuestion choice(UUID id, QuestionKind kind, int points, List<UUID> options, Set<UUID> correct) {
        return new QuizQuestion(id, kind, points, options, correct, null, null, null);
    }

    public static QuizQuestion numeric(UUID id, int points, BigDecimal expected, BigDecimal tolerance) {
        return new QuizQuestion(id, QuestionKind.NUMERIC, points, null, null, expected, tolerance, null);
    }

    public static QuizQuestion shortText(UUID id, int points, List<String> accepted) {
        return new QuizQuestion(id, QuestionKind.SHORT_TEXT, points, null, null, null, null, accepted);
    }
}
