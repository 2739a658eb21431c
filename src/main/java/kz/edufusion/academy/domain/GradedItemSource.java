package kz.edufusion.academy.domain;

import java.util.UUID;

/**
 * One kind of graded item a learner must pass under the PASSED and BOTH rules. Quizzes are one source
 * ({@link QuizStore}); rubric-graded assignments plug in as another bean of this type, and {@link CourseCompletion} adds
 * up every source, so a new kind of graded item needs no change to the rule.
 */
public interface GradedItemSource {

    /** The items of the enrollment's current version and how many of them the learner has passed. */
    GradedItems count(UUID enrollmentId, UUID versionId);
}
