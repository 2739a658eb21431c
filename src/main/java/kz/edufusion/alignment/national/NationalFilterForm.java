package kz.edufusion.alignment.national;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.programs.ProgramLevel;
import kz.edufusion.programs.ProgramType;
import kz.edufusion.reference.ReferenceData;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The national view's filter as typed in the page's form or the API's query: level (BACHELOR, MASTER, DOCTORAL),
 * field (01-12), region (ISO 3166-2:KZ), type (EXISTING, NEW, INNOVATIVE) and the demand months {@code from} and
 * {@code to} as yyyy-MM. Kept as text so that a bad value comes back as a field error, never a conversion failure.
 */
public class NationalFilterForm {

    /** The longest demand period one request may sum: five years keeps a request's cost bounded. */
    static final int MAX_MONTHS = 60;

    private String level;
    private String field;
    private String region;
    private String type;
    private String from;
    private String to;

    /**
     * The filter, with the twelve months ending at {@code latest} where no period was given; a
     * {@link NationalFilterRejected} naming every bad field otherwise.
     */
    NationalFilter filter(YearMonth latest, ReferenceData reference) {
        List<FieldProblem> problems = new ArrayList<>();
        ProgramLevel lvl = parseEnum("level", level, ProgramLevel.class, problems);
        ProgramType typ = parseEnum("type", type, ProgramType.class, problems);
        String fieldCode = blank(field) ? null : field.strip();
        if (fieldCode != null && !reference.fieldOfEducationExists(fieldCode)) {
            problems.add(new FieldProblem("field", "alignment.national.filter.field"));
        }
        String regionCode = blank(region) ? null : region.strip().toUpperCase(Locale.ROOT);
        if (regionCode != null && !reference.regionExists(regionCode)) {
            problems.add(new FieldProblem("region", "alignment.national.filter.region"));
        }
        YearMonth start = month("from", from, problems);
        YearMonth end = month("to", to, problems);
        if (problems.isEmpty()) {
            end = end != null ? end : start != null && start.plusMonths(11).isBefore(latest) ? start.plusMonths(11) : latest;
            start = start != null ? start : end.minusMonths(11);
            if (end.isBefore(start)) {
                problems.add(new FieldProblem("to", "alignment.national.filter.period"));
            } else if (start.plusMonths(MAX_MONTHS).isBefore(end.plusMonths(1))) {
                problems.add(new FieldProblem("from", "alignment.national.filter.tooLong"));
            }
        }
        if (!problems.isEmpty()) {
            throw new NationalFilterRejected(problems);
        }
        from = start.toString();
        to = end.toString();
        return new NationalFilter(lvl, fieldCode, regionCode, typ, start, end);
    }

    /** The query string that repeats a filter, for exports, pagers and the API. */
    static String query(NationalFilter filter) {
        return UriComponentsBuilder.newInstance()
                .queryParamIfPresent("level", Optional.ofNullable(filter.level()))
                .queryParamIfPresent("field", Optional.ofNullable(filter.fieldCode()))
                .queryParamIfPresent("region", Optional.ofNullable(filter.regionCode()))
                .queryParamIfPresent("type", Optional.ofNullable(filter.type()))
                .queryParam("from", filter.from()).queryParam("to", filter.to())
                .encode().build().getQuery();
    }

    private static <E extends Enum<E>> E parseEnum(String name, String value, Class<E> type, List<FieldProblem> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(name, "alignment.national.filter." + name));
            return null;
        }
    }

    private static YearMonth month(String name, String value, List<FieldProblem> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "alignment.national.filter.month"));
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
