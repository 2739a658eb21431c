package kz.edufusion.labormarket.web;

import java.time.YearMonth;
import kz.edufusion.labormarket.DemandFilter;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filter of the demand pages as typed: months as yyyy-MM (what {@code <input type="month">} sends), region
 * and section codes, a skill id or URI. Field names are those of the API's parameters and of the facade's
 * refusals, so a refusal lands next to its field.
 */
public class DemandFilterForm {

    private String from;
    private String to;
    private String region;
    private String section;
    private String skill;

    /** The filter, with the default period where none was given; null (and field errors) when a month is unreadable. */
    DemandFilter filter(YearMonth latest, BindingResult errors) {
        YearMonth start = TypedFields.read("from", from, YearMonth::parse, "lm.demand.filter.month", errors);
        YearMonth end = TypedFields.read("to", to, YearMonth::parse, "lm.demand.filter.month", errors);
        if (errors.hasErrors()) {
            return null;
        }
        DemandFilter filter = new DemandFilter(start, end, region, section, skill).withDefaultPeriod(latest);
        from = filter.from().toString();
        to = filter.to().toString();
        return filter;
    }

    /** The query string that repeats a filter, for export links and pagers. */
    static String query(DemandFilter filter) {
        return UriComponentsBuilder.newInstance()
                .queryParam("from", filter.from()).queryParam("to", filter.to())
                .queryParamIfPresent("region", java.util.Optional.ofNullable(filter.regionCode()))
                .queryParamIfPresent("section", java.util.Optional.ofNullable(filter.naceSection()))
                .queryParamIfPresent("skill", java.util.Optional.ofNullable(filter.skillUri()))
                .encode().build().getQuery();
    }

    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getSection() { return section; }
    public void setSection(String section) { this.section = section; }
    public String getSkill() { return skill; }
    public void setSkill(String skill) { this.skill = skill; }
}
