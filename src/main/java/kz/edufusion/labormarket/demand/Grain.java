package kz.edufusion.labormarket.demand;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * A validated filter in the aggregates' terms: first days of the months, and the region and section keys
 * ('*' for all, else the code). {@code skill} is the resolved URI of the filter's skill or null.
 */
record Grain(YearMonth fromMonth, YearMonth toMonth, String region, String nace, String skill) {

    static final String ALL = "*";

    /**
     * The vacancy-table twin of the aggregates' grain, for the queries that read vacancies themselves
     * (employers, related skills); expects the parameters of {@link #params()} and the alias {@code v}.
     */
    static final String VACANCY_IN_GRAIN = """
            v.duplicate_of IS NULL AND v.published_month BETWEEN :from AND :to
            AND (:region = '*' OR coalesce(v.region_code, '') = :region)
            AND (:nace = '*' OR coalesce(v.nace_section, '') = :nace)""";

    /** The same for demand_salary (which stores '' for unknown, never '*'), alias {@code d}. */
    static final String SALARY_IN_GRAIN = """
            d.month BETWEEN :from AND :to AND (:region = '*' OR d.region_code = :region)
            AND (:nace = '*' OR d.nace_section = :nace)""";

    LocalDate from() {
        return fromMonth.atDay(1);
    }

    LocalDate to() {
        return toMonth.atDay(1);
    }

    int months() {
        return (int) (toMonth.getYear() * 12L + toMonth.getMonthValue() - fromMonth.getYear() * 12L
                - fromMonth.getMonthValue()) + 1;
    }

    Grain previous() {
        return new Grain(fromMonth.minusMonths(months()), fromMonth.minusMonths(1), region, nace, skill);
    }

    /** Named parameters :from, :to, :region, :nace (and :skill when there is one). */
    Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("from", from());
        params.put("to", to());
        params.put("region", region);
        params.put("nace", nace);
        params.put("skill", skill);
        return params;
    }
}
