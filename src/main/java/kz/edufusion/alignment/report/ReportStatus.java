package kz.edufusion.alignment.report;

/** A quarterly report is a DRAFT (may be regenerated) until it is PUBLISHED (frozen with its PDFs). */
public enum ReportStatus {
    DRAFT, PUBLISHED
}
