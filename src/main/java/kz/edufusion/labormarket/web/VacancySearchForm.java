package kz.edufusion.labormarket.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import kz.edufusion.labormarket.VacancySearch;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;

/** The vacancy search as typed; field names are those of the API's parameters and the facade's refusals. */
public class VacancySearchForm {

    private String q;
    private String region;
    private String section;
    private String skill;
    private String minSalary;
    private String publishedFrom;
    private String publishedTo;
    private String employer;

    /** The search, or null (with field errors) when a number or date is unreadable. */
    VacancySearch search(BindingResult errors) {
        BigDecimal salary = null;
        if (minSalary != null && !minSalary.isBlank()) {
            try {
                salary = new BigDecimal(minSalary.strip().replace(" ", ""));
            } catch (NumberFormatException e) {
                errors.rejectValue("minSalary", "lm.vacancies.filter.salary");
            }
        }
        LocalDate from = date("publishedFrom", publishedFrom, errors);
        LocalDate to = date("publishedTo", publishedTo, errors);
        return errors.hasErrors() ? null : new VacancySearch(q, region, section, skill, salary, from, to, employer);
    }

    private static LocalDate date(String field, String value, BindingResult errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "lm.vacancies.filter.date");
            return null;
        }
    }

    /** The query string that repeats the search, for pagers and export links. */
    String query() {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        param(uri, "q", q);
        param(uri, "region", region);
        param(uri, "section", section);
        param(uri, "skill", skill);
        param(uri, "minSalary", minSalary);
        param(uri, "publishedFrom", publishedFrom);
        param(uri, "publishedTo", publishedTo);
        param(uri, "employer", employer);
        String query = uri.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static void param(UriComponentsBuilder uri, String name, String value) {
        uri.queryParamIfPresent(name, Optional.ofNullable(value).filter(v -> !v.isBlank()));
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getSection() { return section; }
    public void setSection(String section) { this.section = section; }
    public String getSkill() { return skill; }
    public void setSkill(String skill) { this.skill = skill; }
    public String getMinSalary() { return minSalary; }
    public void setMinSalary(String minSalary) { this.minSalary = minSalary; }
    public String getPublishedFrom() { return publishedFrom; }
    public void setPublishedFrom(String publishedFrom) { this.publishedFrom = publishedFrom; }
    public String getPublishedTo() { return publishedTo; }
    public void setPublishedTo(String publishedTo) { this.publishedTo = publishedTo; }
    public String getEmployer() { return employer; }
    public void setEmployer(String employer) { this.employer = employer; }
}
