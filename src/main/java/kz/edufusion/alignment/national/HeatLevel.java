package kz.edufusion.alignment.national;

/**
 * The colour band of a heat map cell by its demand/supply ratio (vacancies per expected graduate). The bands are
 * fixed, not scaled to the page's own maximum, so the same colour means the same imbalance on every filter and in
 * every quarter; the number itself is always printed in the cell, the colour only repeats it.
 */
enum HeatLevel {
    /** Neither programs nor vacancies. */
    EMPTY,
    /** Vacancies but no graduates expected: the strongest shortage signal. */
    NO_SUPPLY,
    /** Fewer than 0.5 vacancies per graduate: more graduates than the market asks for. */
    SURPLUS,
    LOW,
    BALANCED,
    HIGH,
    /** Four or more vacancies per graduate. */
    SHORTAGE;

    static HeatLevel of(int supply, long vacancies) {
        if (supply == 0) {
            return vacancies == 0 ? EMPTY : NO_SUPPLY;
        }
        double ratio = (double) vacancies / supply;
        if (ratio < 0.5) {
            return SURPLUS;
        }
        return ratio < 1 ? LOW : ratio < 2 ? BALANCED : ratio < 4 ? HIGH : SHORTAGE;
    }

    /** The CSS class of static/css/alignment.css that colours the cell. */
    public String cssClass() {
        return "heat-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The message key of the band's legend entry. */
    public String messageKey() {
        return "alignment.national.heat." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
