package kz.edufusion.labormarket.imports;

/** The figures of a run at one moment. */
record ImportCounts(long bytesRead, long rowsRead, long imported, long updated, long unchanged, long duplicate,
        long rejected) {
}
