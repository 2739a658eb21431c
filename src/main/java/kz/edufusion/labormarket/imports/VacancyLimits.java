package kz.edufusion.labormarket.imports;

/**
 * The largest values a row may carry. A description over {@link #DESCRIPTION_HTML} characters (the 10 MB HTML
 * case) rejects the row: the readers keep at most that much of any field in memory, so such a row costs one
 * capped field and no more.
 */
final class VacancyLimits {

    static final int DESCRIPTION_HTML = 1_000_000;
    static final int TITLE = 1000;
    static final int SOURCE_ID = 200;
    static final int OTHER_FIELD = 10_000;
    static final int TAGS = 200;

    private VacancyLimits() {
    }
}
