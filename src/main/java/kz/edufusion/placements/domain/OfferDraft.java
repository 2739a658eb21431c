package kz.edufusion.placements.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.Selection;
import kz.edufusion.reference.ReferenceData;

/**
 * What a company writes into an offer. {@code stipendKzt} null means unpaid; skills are taxonomy URIs, fields
 * and programs the eligible ones (empty: open to all). Checked as a whole by {@link #problems}.
 */
public record OfferDraft(OfferType type, Selection selection, LocalizedText title, LocalizedText description,
        List<String> skillUris, List<String> fieldCodes, List<String> programCodes, Integer minYear, String regionCode,
        String city, boolean remote, LocalDate startsOn, LocalDate endsOn, Integer hoursPerWeek, Integer seats,
        Integer stipendKzt, String mentors) {

    public static final int DEFAULT_MIN_YEAR = 2;

    public OfferDraft {
        skillUris = skillUris == null ? List.of() : List.copyOf(skillUris);
        fieldCodes = fieldCodes == null ? List.of() : List.copyOf(fieldCodes);
        programCodes = programCodes == null ? List.of() : List.copyOf(programCodes);
        minYear = minYear == null ? DEFAULT_MIN_YEAR : minYear;
    }

    /** Every rule the offer breaks, named by the field of the form and the API. */
    List<FieldProblem> problems(ReferenceData reference) {
        List<FieldProblem> problems = new ArrayList<>();
        if (type == null) {
            problems.add(new FieldProblem("type", "placements.validation.required"));
        }
        if (selection == null) {
            problems.add(new FieldProblem("selection", "placements.validation.required"));
        }
        if (title == null || title.in("kk").isBlank()) {
            problems.add(new FieldProblem("titleKk", "placements.validation.titleOneLanguage"));
        }
        if (minYear < 1 || minYear > 6) {
            problems.add(new FieldProblem("minYear", "placements.validation.minYear"));
        }
        if (regionCode == null || !reference.regionExists(regionCode)) {
            problems.add(new FieldProblem("regionCode", "placements.validation.region"));
        }
        for (String field : fieldCodes) {
            if (!reference.fieldOfEducationExists(field)) {
                problems.add(new FieldProblem("fieldCodes", "placements.validation.field"));
                break;
            }
        }
        for (String program : programCodes) {
            if (!program.matches("^(6B|7M|8D)(0[1-9]|1[0-2])[0-9]{3}$")) {
                problems.add(new FieldProblem("programCodes", "placements.validation.program"));
                break;
            }
        }
        problems.addAll(Terms.problems(startsOn, endsOn, hoursPerWeek, stipendKzt));
        if (seats == null || seats < 1) {
            problems.add(new FieldProblem("seats", "placements.validation.seats"));
        }
        return problems;
    }
}
