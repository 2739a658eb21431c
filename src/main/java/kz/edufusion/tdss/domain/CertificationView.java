package kz.edufusion.tdss.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One application for a certification with everything its page shows: the scheme, the educator's progress against
 * its training requirements (as of now), the portfolio, the body's assessment and decision, and the history.
 */
public record CertificationView(UUID id, SchemeView scheme, UUID personId, String personName, UUID organizationId,
        String status, Integer assessmentScore, String observationResult, String observationNote, String portfolioResult,
        String portfolioNote, String decisionReasons, Instant decidedAt, LocalDate validUntil, UUID credentialId,
        String revokedReason, Instant submittedAt, Instant createdAt, RequirementProgress progress,
        List<Evidence> evidence, List<Event> history) {

    public CertificationView {
        evidence = List.copyOf(evidence);
        history = List.copyOf(history);
    }

    public boolean draft() {
        return "DRAFT".equals(status);
    }

    public boolean submitted() {
        return "SUBMITTED".equals(status);
    }

    public boolean certified() {
        return "CERTIFIED".equals(status);
    }

    /** A certification past its validity: it still stands in the history, but no longer counts as current. */
    public boolean expired() {
        return certified() && validUntil != null
                && !validUntil.isAfter(LocalDate.now(kz.edufusion.common.web.PlatformTime.ZONE));
    }

    /** A portfolio file as listed (its bytes are downloaded separately). */
    public record Evidence(UUID id, String fileName, String contentType, int sizeBytes, Instant uploadedAt) {
    }

    /** One step of the history: the action, who took it, when, with which note. */
    public record Event(String action, String actorName, String note, Instant at) {
    }
}
