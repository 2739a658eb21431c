package kz.edufusion.alignment.national;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One field x region cell of the national view; {@code fieldCode} or {@code regionCode} null for a total row or
 * column. Supply: the selected programs, their intake and graduates (latest academic year), and {@code supply},
 * the graduates expected: graduates, or intake for a program that has none yet (a new program). Demand:
 * {@code vacancies} of the period for the occupations the field prepares for. {@code ratio} is vacancies per
 * expected graduate, null when no graduate is expected.
 */
public record MatrixCell(String fieldCode, String regionCode, int programs, int intake, int graduates, int supply,
        long vacancies) {

    @JsonProperty
    public Double ratio() {
        return supply == 0 ? null : (double) vacancies / supply;
    }

    @JsonProperty
    public HeatLevel heat() {
        return HeatLevel.of(supply, vacancies);
    }

    static MatrixCell empty(String fieldCode, String regionCode) {
        return new MatrixCell(fieldCode, regionCode, 0, 0, 0, 0, 0);
    }
}
