package kz.edufusion.placements.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.placements.OfferType;

/** A company the student found: one on the platform ({@code companyId}) or named; the terms they agreed on. */
public record ProposalCommand(UUID companyId, String companyName, OfferType type, String description, LocalDate startsOn,
        LocalDate endsOn, Integer hoursPerWeek, Integer stipendKzt) {

    List<FieldProblem> problems(boolean platformCompanyFound) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (companyId != null && !platformCompanyFound) {
            problems.add(new FieldProblem("companyId", "placements.validation.company"));
        }
        if (companyId == null && (companyName == null || companyName.isBlank())) {
            problems.add(new FieldProblem("companyName", "placements.validation.companyName"));
        }
        if (type == null) {
            problems.add(new FieldProblem("type", "placements.validation.required"));
        }
        if (description == null || description.isBlank()) {
            problems.add(new FieldProblem("description", "placements.validation.required"));
        } else if (description.length() > Applications.MAX_TEXT) {
            problems.add(new FieldProblem("description", "placements.validation.tooLong"));
        }
        problems.addAll(Terms.problems(startsOn, endsOn, hoursPerWeek, stipendKzt));
        return problems;
    }
}
