package kz.edufusion.placements.dashboards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.placements.OfferType;
import kz.edufusion.reference.ReferenceData;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A dashboard's filter as typed in the page's form or the API's query: {@code year} (academic year "2026/2027" or
 * "2026"; the current one when empty), {@code region} (ISO 3166-2:KZ) and {@code type} (offer type). Kept as text so
 * that a bad value comes back as a field error, never a conversion failure.
 */
public class DashboardFilterForm {

    private String year;
    private String region;
    private String type;

    /** The filter, or a {@link DashboardFilterRejected} naming every bad field; {@code today} picks the current year. */
    public DashboardFilter filter(LocalDate today, ReferenceData reference) {
        List<FieldProblem> problems = new ArrayList<>();
        AcademicYear academicYear = blank(year) ? AcademicYear.of(today) : AcademicYear.parse(year).orElse(null);
        if (academicYear == null) {
            problems.add(new FieldProblem("year", "placements.dashboards.filter.year"));
        }
        String regionCode = blank(region) ? null : region.strip().toUpperCase(Locale.ROOT);
        if (regionCode != null && !reference.regionExists(regionCode)) {
            problems.add(new FieldProblem("region", "placements.dashboards.filter.region"));
        }
        OfferType offerType = null;
        if (!blank(type)) {
            try {
                offerType = OfferType.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("type", "placements.dashboards.filter.type"));
            }
        }
        if (!problems.isEmpty()) {
            throw new DashboardFilterRejected(problems);
        }
        year = academicYear.label();
        return new DashboardFilter(academicYear, regionCode, offerType);
    }

    /** The query string that repeats a filter, for exports and links to the lists behind the figures. */
    public static String query(DashboardFilter filter) {
        return UriComponentsBuilder.newInstance().queryParam("year", filter.year().label())
                .queryParamIfPresent("region", Optional.ofNullable(filter.regionCode()))
                .queryParamIfPresent("type", Optional.ofNullable(filter.offerType()))
                .encode().build().getQuery();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
}
