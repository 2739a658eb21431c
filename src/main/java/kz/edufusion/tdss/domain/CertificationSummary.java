package kz.edufusion.tdss.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A line of a list of applications (the educator's own, the body's queue). */
public record CertificationSummary(UUID id, UUID schemeId, String schemeCode, LocalizedText schemeTitle, String level,
        UUID personId, String personName, String status, Instant submittedAt, LocalDate validUntil) {

    /** Still a draft or waiting for the body's decision. */
    public boolean open() {
        return "DRAFT".equals(status) || "SUBMITTED".equals(status);
    }
}
