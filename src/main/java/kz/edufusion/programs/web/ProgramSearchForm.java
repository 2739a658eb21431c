package kz.edufusion.programs.web;

import java.util.UUID;
import kz.edufusion.programs.ProgramLevel;
import kz.edufusion.programs.ProgramType;
import kz.edufusion.programs.domain.ProgramFilter;
import org.springframework.web.util.UriComponentsBuilder;

/** The list's filters as query parameters (GET, so a filtered list can be bookmarked and shared). */
public class ProgramSearchForm {

    private UUID university;
    private String field;
    private ProgramLevel level;
    private String region;
    private ProgramType type;
    private String q;

    ProgramFilter filter() {
        return new ProgramFilter(university, blank(field), level, blank(region), type, blank(q));
    }

    /** The filters as a query string for the pager's links (without page). */
    String query() {
        return UriComponentsBuilder.newInstance().queryParamIfPresent("university", java.util.Optional.ofNullable(university))
                .queryParamIfPresent("field", java.util.Optional.ofNullable(blank(field)))
                .queryParamIfPresent("level", java.util.Optional.ofNullable(level))
                .queryParamIfPresent("region", java.util.Optional.ofNullable(blank(region)))
                .queryParamIfPresent("type", java.util.Optional.ofNullable(type))
                .queryParamIfPresent("q", java.util.Optional.ofNullable(blank(q))).encode().build().getQuery();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID getUniversity() { return university; }
    public void setUniversity(UUID university) { this.university = university; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public ProgramLevel getLevel() { return level; }
    public void setLevel(ProgramLevel level) { this.level = level; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public ProgramType getType() { return type; }
    public void setType(ProgramType type) { this.type = type; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
}
