package kz.edufusion.labormarket.imports;

/** A row an import did not take: its CSV line (or JSON object position), the source's id if it had one, and why. */
public record ImportRejectionView(long rowNumber, String sourceId, String reason) {
}
