package kz.edufusion.labormarket.imports;

/**
 * What a source gives for one row: the vacancy, or the reason the row cannot become one (a short row, a value
 * that does not parse, a field over its limit). {@code sourceId} is known for most rejected rows too.
 */
record SourceItem(long rowNumber, String sourceId, RawVacancy vacancy, String rejection) {

    static SourceItem of(RawVacancy vacancy) {
        return new SourceItem(vacancy.rowNumber(), vacancy.sourceId(), vacancy, null);
    }

    static SourceItem rejected(long rowNumber, String sourceId, String reason) {
        return new SourceItem(rowNumber, sourceId, null, reason);
    }
}
