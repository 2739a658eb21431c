package kz.edufusion.academy.domain;

/** What completes a course version: every lesson done, every graded item passed, or both. */
public enum CompletionRule {
    COMPLETED, PASSED, BOTH
}
