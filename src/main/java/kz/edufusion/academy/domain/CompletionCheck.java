package kz.edufusion.academy.domain;

/**
 * Whether a learner has completed a version under its rule, from counts only: lessons required and done, graded
 * items required and passed (quizzes and whatever else {@link GradedItemSource} adds). A version without graded
 * items is passed by definition, so PASSED on a course without quizzes completes at once, and BOTH is COMPLETED.
 */
public final class CompletionCheck {

    private CompletionCheck() {
    }

    public static boolean met(CompletionRule rule, int lessonsRequired, int lessonsDone, GradedItems graded) {
        boolean lessons = lessonsDone >= lessonsRequired;
        boolean passed = graded.passed() >= graded.required();
        return switch (rule) {
            case COMPLETED -> lessons;
            case PASSED -> passed;
            case BOTH -> lessons && passed;
        };
    }
}
