package kz.edufusion.alignment.report;

import java.time.Instant;

/** A report in the list: its quarter, state, when it was generated (and how) and published. */
public record ReportSummary(String quarter, ReportStatus status, String trigger, Instant generatedAt, Instant publishedAt) {

    public boolean published() {
        return status == ReportStatus.PUBLISHED;
    }
}
