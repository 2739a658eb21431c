package kz.edufusion.labormarket.demand;

import java.util.regex.Pattern;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.labormarket.DemandFilter;
import kz.edufusion.reference.ReferenceData;
import kz.edufusion.skills.SkillTaxonomy;
import kz.edufusion.skills.SkillView;
import org.springframework.stereotype.Component;

/**
 * Checks a filter before any query runs: the period must be given, in order and at most ten years; region and
 * section must exist in the reference data; the skill in the taxonomy. Each refusal names its field (the
 * names of the API's query parameters: from, to, region, section, skill).
 */
@Component
class DemandFilters {

    static final int MAX_MONTHS = 120;
    private static final Pattern SECTION = Pattern.compile("[A-U]");
    /** The gap analysis links vacancy lists by 4-digit ISCO-08 unit group (what a vacancy's isco_code holds). */
    private static final Pattern ISCO_UNIT_GROUP = Pattern.compile("[0-9]{4}");

    private final ReferenceData reference;
    private final SkillTaxonomy taxonomy;

    DemandFilters(ReferenceData reference, SkillTaxonomy taxonomy) {
        this.reference = reference;
        this.taxonomy = taxonomy;
    }

    Grain grain(DemandFilter filter) {
        if (filter.from() == null) {
            throw DomainProblem.invalidField("from", "lm.demand.filter.periodRequired");
        }
        if (filter.to() == null) {
            throw DomainProblem.invalidField("to", "lm.demand.filter.periodRequired");
        }
        if (filter.to().isBefore(filter.from())) {
            throw DomainProblem.invalidField("to", "lm.demand.filter.periodOrder");
        }
        if (filter.months() > MAX_MONTHS) {
            throw DomainProblem.invalidField("from", "lm.demand.filter.periodTooLong", MAX_MONTHS);
        }
        String region = region(filter.regionCode());
        String section = section(filter.naceSection());
        String skill = filter.skillUri() == null ? null : skill(filter.skillUri()).uri();
        return new Grain(filter.from(), filter.to(), region == null ? Grain.ALL : region,
                section == null ? Grain.ALL : section, skill);
    }

    /** A vacancy search's own rules: a salary is not negative and the dates come in order. */
    void checkSearch(kz.edufusion.labormarket.VacancySearch search) {
        region(search.regionCode());
        section(search.naceSection());
        search.naceSections().forEach(code -> {
            if (!(SECTION.matcher(code).matches() && reference.economicActivityExists(code))) {
                throw DomainProblem.invalidField("sections", "lm.demand.filter.unknownSection", code);
            }
        });
        search.iscoCodes().forEach(code -> {
            if (!ISCO_UNIT_GROUP.matcher(code).matches()) {
                throw DomainProblem.invalidField("isco", "alignment.vacancies.filter.isco", code);
            }
        });
        if (search.minSalaryKzt() != null && search.minSalaryKzt().signum() < 0) {
            throw DomainProblem.invalidField("minSalary", "lm.vacancies.filter.salary");
        }
        if (search.publishedFrom() != null && search.publishedTo() != null
                && search.publishedTo().isBefore(search.publishedFrom())) {
            throw DomainProblem.invalidField("publishedTo", "lm.vacancies.filter.dates");
        }
    }

    String region(String code) {
        if (code != null && !reference.regionExists(code)) {
            throw DomainProblem.invalidField("region", "lm.demand.filter.unknownRegion", code);
        }
        return code;
    }

    String section(String code) {
        if (code != null && !(SECTION.matcher(code).matches() && reference.economicActivityExists(code))) {
            throw DomainProblem.invalidField("section", "lm.demand.filter.unknownSection", code);
        }
        return code;
    }

    /** A skill addressed by a page or the API, which answers 404 rather than 400 when it is unknown. */
    java.util.Optional<SkillView> skillIfKnown(String idOrUri) {
        return taxonomy.findById(idOrUri);
    }

    SkillView skill(String idOrUri) {
        return taxonomy.findById(idOrUri)
                .orElseThrow(() -> DomainProblem.invalidField("skill", "lm.demand.filter.unknownSkill", idOrUri));
    }
}
