package kz.edufusion.labormarket.imports;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A vacancy as a source gave it, before normalization: the common shape of the hh CSV layout, the hh API's JSON
 * objects and mapped CSV files. {@code rowNumber} is the CSV line or the JSON object's position (1-based), for
 * the report of rejected rows. {@code salaryPeriod} is hh's salary mode (MONTH, HOUR, DAY, WEEK, YEAR, SHIFT) or
 * null for a monthly salary; {@code language} is what the source declares, null to detect it.
 */
public record RawVacancy(long rowNumber, String source, String sourceId, String title, String descriptionHtml,
        String city, BigDecimal salaryFrom, BigDecimal salaryTo, String salaryCurrency, Boolean salaryGross,
        String salaryPeriod, String experience, String schedule, String employment, String employerName,
        List<String> tags, OffsetDateTime publishedAt, String url, String language) {

    public RawVacancy {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
