package kz.edufusion.placements.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edufusion.common.web.ProblemPages;
import kz.edufusion.placements.OfferType;
import kz.edufusion.reference.FieldOfEducation;
import kz.edufusion.reference.ReferenceData;
import kz.edufusion.reference.Region;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every placement page shows from reference data (regions and fields by code, the offer types), and a refusal
 * that reaches no form (an offer not found or not the reader's, a step not allowed now) as a page with its status.
 */
@ControllerAdvice(basePackageClasses = PlacementPageModel.class)
class PlacementPageModel extends ProblemPages {

    private final ReferenceData reference;

    PlacementPageModel(ReferenceData reference) {
        this.reference = reference;
    }

    @ModelAttribute("regionList")
    List<Region> regionList() {
        return reference.regions();
    }

    @ModelAttribute("regions")
    Map<String, Region> regions() {
        return reference.regions().stream().collect(Collectors.toMap(Region::code, Function.identity()));
    }

    @ModelAttribute("fieldList")
    List<FieldOfEducation> fieldList() {
        return reference.fieldsOfEducation();
    }

    @ModelAttribute("fields")
    Map<String, FieldOfEducation> fields() {
        return reference.fieldsOfEducation().stream().collect(Collectors.toMap(FieldOfEducation::code, Function.identity()));
    }

    @ModelAttribute("offerTypes")
    OfferType[] offerTypes() {
        return OfferType.values();
    }
}
