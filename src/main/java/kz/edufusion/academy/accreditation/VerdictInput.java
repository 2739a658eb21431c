package kz.edufusion.academy.accreditation;

/** The reviewer's verdict on the criterion with this code (a criterion of the review's snapshot), and a comment. */
public record VerdictInput(String criterion, Verdict verdict, String comment) {
}
