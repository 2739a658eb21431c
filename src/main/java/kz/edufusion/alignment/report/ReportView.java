package kz.edufusion.alignment.report;

/** A stored report as its page and the API show it: the list entry and the snapshot it was generated with. */
public record ReportView(ReportSummary summary, ReportSnapshot snapshot) {
}
