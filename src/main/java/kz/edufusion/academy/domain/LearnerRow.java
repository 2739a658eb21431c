package kz.edufusion.academy.domain;

/** A learner of a course as its owner sees them: name, e-mail and progress. */
public record LearnerRow(String name, String email, EnrollmentView enrollment) {
}
