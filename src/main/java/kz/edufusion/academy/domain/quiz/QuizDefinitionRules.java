package kz.edufusion.academy.domain.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * What makes a question gradable and a quiz takeable, checked before anything is saved, so the engine never meets
 * a question nobody can answer right (a choice without a correct option, a numeric question without a value, a
 * short-text question without accepted answers) or a quiz that cannot draw its questions.
 */
public final class QuizDefinitionRules {

    private QuizDefinitionRules() {
    }

    public static List<QuizDefinitionProblem> check(QuizQuestion question) {
        List<QuizDefinitionProblem> problems = new ArrayList<>();
        if (question.points() <= 0) {
            problems.add(QuizDefinitionProblem.POINTS_NOT_POSITIVE);
        }
        switch (question.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> checkChoice(question, problems);
            case NUMERIC -> {
                if (question.expected() == null) {
                    problems.add(QuizDefinitionProblem.NO_EXPECTED_VALUE);
                }
                if (question.tolerance().signum() < 0) {
                    problems.add(QuizDefinitionProblem.NEGATIVE_TOLERANCE);
                }
            }
            case SHORT_TEXT -> {
                boolean none = question.acceptedAnswers().stream()
                        .map(QuizGrading::normalizeText).allMatch(String::isEmpty);
                if (none) {
                    problems.add(QuizDefinitionProblem.NO_ACCEPTED_ANSWER);
                }
            }
        }
        return problems;
    }

    public static List<QuizDefinitionProblem> checkQuiz(int bankSize, int drawCount, int passPercent, int maxAttempts) {
        List<QuizDefinitionProblem> problems = new ArrayList<>();
        if (drawCount <= 0) {
            problems.add(QuizDefinitionProblem.DRAW_NOT_POSITIVE);
        } else if (drawCount > bankSize) {
            problems.add(QuizDefinitionProblem.DRAW_LARGER_THAN_BANK);
        }
        if (passPercent < 0 || passPercent > 100) {
            problems.add(QuizDefinitionProblem.PASS_MARK_OUT_OF_RANGE);
        }
        if (maxAttempts <= 0) {
            problems.add(QuizDefinitionProblem.ATTEMPTS_NOT_POSITIVE);
        }
        return problems;
    }

    private static void checkChoice(QuizQuestion question, List<QuizDefinitionProblem> problems) {
        if (question.options().size() < 2) {
            problems.add(QuizDefinitionProblem.NO_OPTIONS);
        }
        if (question.correctOptions().isEmpty()) {
            problems.add(QuizDefinitionProblem.NO_CORRECT_OPTION);
        } else if (!question.options().containsAll(question.correctOptions())) {
            problems.add(QuizDefinitionProblem.CORRECT_NOT_AN_OPTION);
        } else if (question.kind() == QuestionKind.SINGLE_CHOICE && question.correctOptions().size() > 1) {
            problems.add(QuizDefinitionProblem.SEVERAL_CORRECT_IN_SINGLE);
        }
    }
}
