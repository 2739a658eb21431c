package kz.edufusion.placements.domain;

import java.util.ArrayList;
import java.util.List;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.reference.ReferenceData;

/** A student profile as written on the form or sent to the API; the equity flags count only from a coordinator. */
public record ProfileCommand(String programCode, String fieldCode, Integer yearOfStudy, String regionCode,
        boolean remoteRegion, boolean targetedGrant, String gender) {

    List<FieldProblem> problems(ReferenceData reference) {
        List<FieldProblem> problems = new ArrayList<>();
        if (fieldCode == null || !reference.fieldOfEducationExists(fieldCode)) {
            problems.add(new FieldProblem("fieldCode", "placements.validation.field"));
        }
        if (programCode != null && !programCode.isBlank()
                && !(programCode.matches("^(6B|7M|8D)(0[1-9]|1[0-2])[0-9]{3}$") && programCode.substring(2, 4).equals(fieldCode))) {
            problems.add(new FieldProblem("programCode", "placements.validation.program"));
        }
        if (yearOfStudy == null || yearOfStudy < 1 || yearOfStudy > 6) {
            problems.add(new FieldProblem("yearOfStudy", "placements.validation.year"));
        }
        if (regionCode == null || !reference.regionExists(regionCode)) {
            problems.add(new FieldProblem("regionCode", "placements.validation.region"));
        }
        if (gender != null && !gender.isBlank() && !List.of("FEMALE", "MALE").contains(gender)) {
            problems.add(new FieldProblem("gender", "placements.validation.gender"));
        }
        return problems;
    }
}
