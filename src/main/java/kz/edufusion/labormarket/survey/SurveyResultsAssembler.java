package kz.edufusion.labormarket.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.PageQuery;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.labormarket.SurveyQuarter;
import kz.edufusion.labormarket.SurveyResults;
import kz.edufusion.labormarket.SurveyResults.Coverage;
import kz.edufusion.labormarket.SurveyResults.CoverageCell;
import kz.edufusion.labormarket.SurveyResults.HiringCell;
import kz.edufusion.labormarket.SurveyResults.SkillDemand;
import kz.edufusion.labormarket.survey.DemandWeighting.SurveySum;
import kz.edufusion.labormarket.survey.SurveyAggregates.HiringSum;
import kz.edufusion.reference.EconomicActivity;
import kz.edufusion.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * Builds a quarter's results: coverage against the active companies and the target, the survey's skill ranking,
 * expected hires, and the joined demand picture. With {@code suppress}, a cell made of fewer than 3 companies
 * loses its numbers, and when fewer than 3 companies answered at all no answer-derived row is shown.
 */
@Component
class SurveyResultsAssembler {

    private final SurveyAggregates aggregates;
    private final VacancySignals vacancies;
    private final SurveyLookups lookups;
    private final IdentityDirectory directory;
    private final ReferenceData reference;

    SurveyResultsAssembler(SurveyAggregates aggregates, VacancySignals vacancies, SurveyLookups lookups,
            IdentityDirectory directory, ReferenceData reference) {
        this.aggregates = aggregates;
        this.vacancies = vacancies;
        this.lookups = lookups;
        this.directory = directory;
        this.reference = reference;
    }

    SurveyResults assemble(SurveyQuarter quarter, boolean suppress) {
        SurveyAggregates.Responses responses = aggregates.responses(quarter);
        int responding = responses.submitted().size();
        SurveyLookups.Labels labels = lookups.labels();
        Map<String, SurveySum> skillSums = aggregates.skills(quarter);
        boolean withheld = suppress && responding < SurveyResults.MIN_COMPANIES;
        List<SkillDemand> skills = withheld ? List.of() : skills(skillSums, responding, suppress, labels::skill);
        List<HiringCell> byOccupation = withheld ? List.of()
                : hiring(aggregates.hiresByOccupation(quarter), suppress, labels::occupation);
        List<HiringCell> byRegion = withheld ? List.of() : hiring(aggregates.hiresByRegion(quarter), suppress, labels::region);
        var picture = DemandWeighting.combine(vacancies.vacancies(quarter), vacancies.vacanciesPerSkill(quarter), responding,
                skillSums, labels::skill);
        return new SurveyResults(quarter, suppress, coverage(responses, labels), skills, byOccupation, byRegion, picture);
    }

    private static List<SkillDemand> skills(Map<String, SurveySum> sums, int responding, boolean suppress,
            Function<String, LocalizedText> labels) {
        List<Map.Entry<String, SurveySum>> entries = new ArrayList<>(sums.entrySet());
        entries.sort(Comparator.<Map.Entry<String, SurveySum>, Boolean>comparing(e -> suppress && small(e.getValue().companies()))
                .thenComparing(e -> -DemandWeighting.weightedScore(responding, e.getValue()))
                .thenComparing(Map.Entry::getKey));
        List<SkillDemand> rows = new ArrayList<>();
        int rank = 0;
        for (Map.Entry<String, SurveySum> e : entries) {
            SurveySum sum = e.getValue();
            if (suppress && small(sum.companies())) {
                rows.add(new SkillDemand(null, e.getKey(), labels.apply(e.getKey()), true, null, null, null));
            } else {
                rows.add(new SkillDemand(++rank, e.getKey(), labels.apply(e.getKey()), false, sum.companies(),
                        sum.importanceSum() / (double) sum.companies(), DemandWeighting.weightedScore(responding, sum)));
            }
        }
        return rows;
    }

    private static List<HiringCell> hiring(List<HiringSum> sums, boolean suppress, Function<String, LocalizedText> labels) {
        List<HiringCell> shown = new ArrayList<>();
        List<HiringCell> hidden = new ArrayList<>();
        for (HiringSum sum : sums) {
            if (suppress && small(sum.companies())) {
                hidden.add(new HiringCell(sum.code(), labels.apply(sum.code()), true, null, null));
            } else {
                shown.add(new HiringCell(sum.code(), labels.apply(sum.code()), false, sum.companies(), sum.expectedHires()));
            }
        }
        shown.addAll(hidden);
        return shown;
    }

    private Coverage coverage(SurveyAggregates.Responses responses, SurveyLookups.Labels labels) {
        Map<UUID, OrganizationView> companies = new HashMap<>();
        directory.activeOrganizations(OrganizationType.COMPANY).forEach(o -> companies.put(o.id(), o));
        int active = companies.size();
        Set<UUID> responding = new HashSet<>(responses.submitted());
        // a company that answered and was deactivated later still answered
        responding.stream().filter(id -> !companies.containsKey(id)).forEach(id -> directory.organization(id)
                .ifPresent(o -> companies.put(id, o)));
        Map<String, LocalizedText> sections = new HashMap<>();
        reference.economicActivities(null, 1, new PageQuery(0, PageQuery.MAX_SIZE)).items()
                .forEach((EconomicActivity a) -> sections.put(a.code(), a.name()));
        return new Coverage(responding.size(), responses.drafts(), active, SurveyResults.TARGET_RESPONSES,
                cells(companies, responding, OrganizationView::regionCode, labels::region),
                cells(companies, responding, OrganizationView::okedSection, sections::get));
    }

    private static List<CoverageCell> cells(Map<UUID, OrganizationView> companies, Set<UUID> responding,
            Function<OrganizationView, String> key, Function<String, LocalizedText> names) {
        Map<String, int[]> counts = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (OrganizationView company : companies.values()) {
            int[] c = counts.computeIfAbsent(key.apply(company), k -> new int[2]);
            boolean answered = responding.contains(company.id());
            c[0] += answered ? 1 : 0;
            c[1] += company.status() == kz.edufusion.identity.OrganizationStatus.ACTIVE ? 1 : 0;
        }
        List<CoverageCell> cells = new ArrayList<>();
        counts.forEach((code, c) -> cells.add(new CoverageCell(code, code == null ? null : names.apply(code), c[0], c[1])));
        cells.sort(Comparator.comparingInt(CoverageCell::responding).reversed());
        return cells;
    }

    private static boolean small(int companies) {
        return companies < SurveyResults.MIN_COMPANIES;
    }
}
