package kz.edufusion.academy.domain.quiz;

/** Why a question or a quiz cannot be saved: the form field it belongs to and the message key of the reason. */
public enum QuizDefinitionProblem {
    NO_OPTIONS("options", "academy.quiz.problem.noOptions"),
    NO_CORRECT_OPTION("correctOptions", "academy.quiz.problem.noCorrectOption"),
    SEVERAL_CORRECT_IN_SINGLE("correctOptions", "academy.quiz.problem.severalCorrect"),
    CORRECT_NOT_AN_OPTION("correctOptions", "academy.quiz.problem.correctNotAnOption"),
    NO_EXPECTED_VALUE("expected", "academy.quiz.problem.noExpectedValue"),
    NEGATIVE_TOLERANCE("tolerance", "academy.quiz.problem.negativeTolerance"),
    NO_ACCEPTED_ANSWER("acceptedAnswers", "academy.quiz.problem.noAcceptedAnswer"),
    POINTS_NOT_POSITIVE("points", "academy.quiz.problem.pointsNotPositive"),
    DRAW_LARGER_THAN_BANK("drawCount", "academy.quiz.problem.drawLargerThanBank"),
    DRAW_NOT_POSITIVE("drawCount", "academy.quiz.problem.drawNotPositive"),
    PASS_MARK_OUT_OF_RANGE("passPercent", "academy.quiz.problem.passMarkOutOfRange"),
    ATTEMPTS_NOT_POSITIVE("maxAttempts", "academy.quiz.problem.attemptsNotPositive");

    private final String field;
    private final String messageKey;

    QuizDefinitionProblem(String field, String messageKey) {
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
