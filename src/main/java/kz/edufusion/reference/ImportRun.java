package kz.edufusion.reference;

import java.time.Instant;

/** One import that wrote a reference dataset: what version, from which file (checksum), how many rows. */
public record ImportRun(String dataset, String version, String source, String checksum, int rows, int changed,
        int rejected, Instant importedAt) {
}
