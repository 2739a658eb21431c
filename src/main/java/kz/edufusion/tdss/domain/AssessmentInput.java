package kz.edufusion.tdss.domain;

/**
 * What the certification body records on a submitted application: the assessment score (0-100), the observed
 * teaching (PASSED or FAILED) and the portfolio review (ACCEPTED or REJECTED), each with an optional note.
 */
public record AssessmentInput(Integer score, String observation, String observationNote, String portfolio,
        String portfolioNote) {
}
