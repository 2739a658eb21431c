package kz.edufusion.labormarket.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    private List<String> isco = new ArrayList<>();
    private List<String> sections = new ArrayList<>();

    /** The search, or null (with field errors) when a number or date is unreadable. */
    VacancySearch search(BindingResult errors) {
        BigDecimal salary = TypedFields.read("minSalary", minSalary, v -> new BigDecimal(v.replace(" ", "")),
                "lm.vacancies.filter.salary", errors);
        LocalDate from = TypedFields.read("publishedFrom", publishedFrom, LocalDate::parse, "lm.vacancies.filter.date", errors);
        LocalDate to = TypedFields.read("publishedTo", publishedTo, LocalDate::parse, "lm.vacancies.filter.date", errors);
        return errors.hasErrors() ? null : new VacancySearch(q, region, section, skill, salary, from, to, employer,
                isco, sections);
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
        isco.forEach(code -> param(uri, "isco", code));
        sections.forEach(code -> param(uri, "sections", code));
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
    public List<String> getIsco() { return isco; }
    public void setIsco(List<String> isco) { this.isco = isco == null ? new ArrayList<>() : isco; }
    public List<String> getSections() { return sections; }
    public void setSections(List<String> sections) { this.sections = sections == null ? new ArrayList<>() : sections; }
    public String getEmployer() { return employer; }
    public void setEmployer(String employer) { this.employer = employer; }
}
