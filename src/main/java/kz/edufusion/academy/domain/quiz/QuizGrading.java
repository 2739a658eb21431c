package kz.edufusion.academy.domain.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Grades quiz answers. Plain Java, no Spring, so every rule is unit-tested on its own.
 *
 * <ul>
 * <li>Single choice: full points when exactly the one correct option is chosen.</li>
 * <li>Multiple choice: partial credit — each correct option ticked earns its share, each wrong option ticked takes
 * one share away, never below zero. All-or-nothing would score a learner who found three of four right options
 * like one who ticked nothing; the penalty keeps "tick everything" at zero.</li>
 * <li>Numeric: full points when |answer − expected| ≤ tolerance (inclusive), computed in BigDecimal so 0.1 + 0.2
 * style binary rounding never decides a grade; a decimal comma is read like a point (kk and ru write 3,14).</li>
 * <li>Short text: full points when the answer equals an accepted answer ignoring case, surrounding whitespace and
 * repeated inner whitespace (Unicode NFC first, so a composed and a decomposed letter are the same).</li>
 * </ul>
 */
public final class QuizGrading {

    private static final int SCALE = 4;

    private QuizGrading() {
    }

    /** Points earned for one answer, between 0 and the question's points. */
    public static BigDecimal points(QuizQuestion question, QuizAnswer answer) {
        QuizAnswer given = answer == null ? QuizAnswer.NONE : answer;
        BigDecimal full = BigDecimal.valueOf(question.points());
        return switch (question.kind()) {
            case SINGLE_CHOICE -> given.chosen().size() == 1 && question.correctOptions().containsAll(given.chosen())
                    ? full : BigDecimal.ZERO;
            case MULTIPLE_CHOICE -> full.multiply(multipleChoiceShare(question.correctOptions(), given.chosen()))
                    .setScale(SCALE, RoundingMode.HALF_UP);
            case NUMERIC -> withinTolerance(question, given.text()) ? full : BigDecimal.ZERO;
            case SHORT_TEXT -> accepted(question.acceptedAnswers(), given.text()) ? full : BigDecimal.ZERO;
        };
    }

    /** The score of a whole attempt over the drawn questions; answers to questions not drawn are ignored. */
    public static QuizResult grade(List<QuizQuestion> drawn, Map<UUID, QuizAnswer> answers, int passPercent) {
        BigDecimal earned = BigDecimal.ZERO;
        int possible = 0;
        for (QuizQuestion question : drawn) {
            earned = earned.add(points(question, answers.get(question.id())));
            possible += question.points();
        }
        BigDecimal percent = possible == 0 ? BigDecimal.ZERO
                : earned.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(possible), 2, RoundingMode.HALF_UP);
        return new QuizResult(earned.setScale(2, RoundingMode.HALF_UP), possible, percent,
                percent.compareTo(BigDecimal.valueOf(passPercent)) >= 0);
    }

    static BigDecimal multipleChoiceShare(Set<UUID> correct, Set<UUID> chosen) {
        if (correct.isEmpty()) {
            return BigDecimal.ZERO;
        }
        long right = chosen.stream().filter(correct::contains).count();
        long wrong = chosen.size() - right;
        long net = Math.max(0, right - wrong);
        return BigDecimal.valueOf(net).divide(BigDecimal.valueOf(correct.size()), SCALE, RoundingMode.HALF_UP);
    }

    static boolean withinTolerance(QuizQuestion question, String text) {
        if (question.expected() == null) {
            return false;
        }
        return parseNumber(text)
                .map(given -> given.subtract(question.expected()).abs().compareTo(question.tolerance().abs()) <= 0)
                .orElse(false);
    }

    /** A learner's number: surrounding and thousands spaces ignored, a decimal comma read as a point. */
    public static Optional<BigDecimal> parseNumber(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.strip().replaceAll("[\\s\\u00A0\\u202F]", "").replace(',', '.');
        if (compact.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(compact));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    static boolean accepted(List<String> acceptedAnswers, String text) {
        if (text == null) {
            return false;
        }
        String given = normalizeText(text);
        return !given.isEmpty() && acceptedAnswers.stream().map(QuizGrading::normalizeText).anyMatch(given::equals);
    }

    /** The form in which short-text answers are compared: NFC, trimmed, inner whitespace collapsed, lower case. */
    public static String normalizeText(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return composed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
