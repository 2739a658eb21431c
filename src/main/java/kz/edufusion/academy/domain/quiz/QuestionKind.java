package kz.edufusion.academy.domain.quiz;

/** The four kinds of quiz question the grading engine knows. */
public enum QuestionKind {
    SINGLE_CHOICE, MULTIPLE_CHOICE, NUMERIC, SHORT_TEXT
}
