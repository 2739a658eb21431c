package kz.edufusion.academy.domain;

/** A learner waiting for the owner (a request, a place in a waiting list, a cohort member) with name and e-mail. */
public record ApplicantRow(String name, String email, ApplicationView application) {
}
