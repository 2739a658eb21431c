package kz.edufusion.reference.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.reference.EconomicActivity;
import kz.edufusion.reference.FieldOfEducation;
import kz.edufusion.reference.IscoGroup;
import kz.edufusion.reference.NqfLevel;
import kz.edufusion.reference.Occupation;
import kz.edufusion.reference.ReferenceData;
import kz.edufusion.reference.Region;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only REST access to the classifiers, for partner systems and for pickers in the UI. */
@RestController
@RequestMapping("/api/v1/reference")
@Tag(name = "Reference data", description = "Regions, fields of education, NQF levels, OKED (NACE Rev.2), ISCO-08 groups and ESCO occupations")
class ReferenceApi {

    private final ReferenceData reference;

    ReferenceApi(ReferenceData reference) {
        this.reference = reference;
    }

    @GetMapping("/regions")
    @Operation(summary = "The 20 regions and cities of republican significance of Kazakhstan")
    List<Region> regions() {
        return reference.regions();
    }

    @GetMapping("/fields-of-education")
    @Operation(summary = "The 12 fields of education (01-12)")
    List<FieldOfEducation> fieldsOfEducation() {
        return reference.fieldsOfEducation();
    }

    @GetMapping("/nqf-levels")
    @Operation(summary = "The 8 levels of the National Qualifications Framework")
    List<NqfLevel> nqfLevels() {
        return reference.nqfLevels();
    }

    @GetMapping("/economic-activities")
    @Operation(summary = "OKED sections and divisions (NACE Rev.2), searchable by code prefix or name")
    PageResponse<EconomicActivity> economicActivities(@RequestParam(required = false) String q,
            @Parameter(description = "1 = sections, 2 = divisions") @RequestParam(required = false) Integer level,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return reference.economicActivities(q, level, PageQuery.of(page, size));
    }

    @GetMapping("/isco-groups")
    @Operation(summary = "ISCO-08 groups (NKZ), searchable by code prefix or label")
    PageResponse<IscoGroup> iscoGroups(@RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return reference.iscoGroups(q, PageQuery.of(page, size));
    }

    @GetMapping("/occupations")
    @Operation(summary = "ESCO occupations, searchable by code, label or alternative label, optionally within an ISCO group")
    PageResponse<Occupation> occupations(@RequestParam(required = false) String q,
            @Parameter(description = "ISCO-08 group code or prefix, e.g. 25 or 2512") @RequestParam(required = false) String isco,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return reference.occupations(q, isco, PageQuery.of(page, size));
    }

    @GetMapping("/occupations/{id}")
    @Operation(summary = "One ESCO occupation by id (the UUID at the end of its URI) or ESCO code")
    Occupation occupation(@PathVariable String id) {
        return reference.occupation(id).orElseThrow(() -> DomainProblem.notFound("reference.notFound"));
    }
}
