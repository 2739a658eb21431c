package kz.edufusion.academy.domain;

/** How many graded items (quizzes, later assignments) a version requires of a learner and how many they passed. */
public record GradedItems(int required, int passed) {

    public static final GradedItems NONE = new GradedItems(0, 0);

    public GradedItems plus(GradedItems other) {
        return new GradedItems(required + other.required, passed + other.passed);
    }
}
