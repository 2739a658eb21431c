package kz.edufusion.labormarket.demand;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.labormarket.DemandFilter;
import kz.edufusion.labormarket.DemandTotals;
import kz.edufusion.labormarket.LaborMarketDemand;
import kz.edufusion.labormarket.RegionDemand;
import kz.edufusion.labormarket.RelatedSkill;
import kz.edufusion.labormarket.SkillDemand;
import kz.edufusion.labormarket.SkillProfile;
import kz.edufusion.labormarket.TrendRule;
import kz.edufusion.labormarket.VacancyDetails;
import kz.edufusion.labormarket.VacancySearch;
import kz.edufusion.labormarket.VacancySummary;
import kz.edufusion.labormarket.demand.AggregateCounts.Count;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demand facade: validates the filter, reads counts from the aggregates, medians from the salaries, and
 * joins them with labels. Read-only transactions so that the counts and the denominators of one answer come
 * from the same build of the aggregates.
 */
@Service
@Transactional(readOnly = true)
class DemandReader implements LaborMarketDemand {

    static final int EMPLOYERS = 10;
    static final int RELATED = 15;

    private final DemandFilters filters;
    private final AggregateCounts counts;
    private final SalaryMedians medians;
    private final SkillTrends trends;
    private final SkillCompany company;
    private final SkillLabels labels;
    private final VacancyQueries vacancies;

    DemandReader(DemandFilters filters, AggregateCounts counts, SalaryMedians medians, SkillTrends trends,
            SkillCompany company, SkillLabels labels, VacancyQueries vacancies) {
        this.filters = filters;
        this.counts = counts;
        this.medians = medians;
        this.trends = trends;
        this.company = company;
        this.labels = labels;
        this.vacancies = vacancies;
    }

    @Override
    public PageResponse<SkillDemand> topSkills(DemandFilter filter, PageQuery page) {
        Grain grain = filters.grain(filter);
        List<AggregateCounts.SkillCount> rows = counts.topSkills(grain, page.size(), page.offset());
        List<String> uris = rows.stream().map(AggregateCounts.SkillCount::skillUri).toList();
        Map<String, Count> previous = counts.skills(grain.previous(), uris);
        Map<String, BigDecimal> salaries = medians.bySkill(grain, uris);
        Map<String, LocalizedText> names = labels.of(uris);
        long total = counts.total(grain).vacancies();
        List<SkillDemand> items = rows.stream().map(r -> demand(r.skillUri(), names.get(r.skillUri()),
                new Count(r.vacancies(), r.withSalary()), total, salaries.get(r.skillUri()),
                previous.getOrDefault(r.skillUri(), Count.NONE).vacancies())).toList();
        return PageResponse.of(items, page, counts.skillCount(grain));
    }

    @Override
    public List<SkillDemand> risingSkills(DemandFilter filter, int limit) {
        return trending(filter, limit, true);
    }

    @Override
    public List<SkillDemand> fallingSkills(DemandFilter filter, int limit) {
        return trending(filter, limit, false);
    }

    private List<SkillDemand> trending(DemandFilter filter, int limit, boolean rising) {
        Grain grain = filters.grain(filter);
        int bounded = Math.max(1, Math.min(limit, PageQuery.MAX_SIZE));
        long total = counts.total(grain).vacancies();
        long support = TrendRule.support(total, counts.total(grain.previous()).vacancies());
        List<SkillTrends.Trend> found = rising ? trends.rising(grain, support, bounded)
                : trends.falling(grain, support, bounded);
        List<String> uris = found.stream().map(SkillTrends.Trend::skillUri).toList();
        Map<String, Count> current = counts.skills(grain, uris);
        Map<String, BigDecimal> salaries = medians.bySkill(grain, uris);
        Map<String, LocalizedText> names = labels.of(uris);
        return found.stream().map(t -> demand(t.skillUri(), names.get(t.skillUri()),
                current.getOrDefault(t.skillUri(), Count.NONE), total, salaries.get(t.skillUri()), t.previous())).toList();
    }

    @Override
    public Optional<SkillProfile> skillProfile(String skillIdOrUri, DemandFilter filter) {
        Grain grain = filters.grain(filter.withSkill(null));
        return filters.skillIfKnown(skillIdOrUri).map(skill -> {
            String uri = skill.uri();
            long total = counts.total(grain).vacancies();
            Count own = counts.skill(grain, uri);
            SkillDemand demand = demand(uri, skill.label(), own, total, medians.of(grain, uri),
                    counts.skill(grain.previous(), uri).vacancies());
            return new SkillProfile(demand, counts.months(grain, uri), regions(grain, uri),
                    company.employers(grain, uri, EMPLOYERS), related(grain, uri, own.vacancies(), total));
        });
    }

    private List<RelatedSkill> related(Grain grain, String uri, long own, long total) {
        List<SkillCompany.CoOccurrence> found = company.related(grain, uri, RELATED);
        List<String> uris = found.stream().map(SkillCompany.CoOccurrence::skillUri).toList();
        Map<String, Count> theirs = counts.skills(grain, uris);
        Map<String, LocalizedText> names = labels.of(uris);
        return found.stream().map(c -> {
            long other = theirs.getOrDefault(c.skillUri(), Count.NONE).vacancies();
            double lift = own == 0 || other == 0 ? 0 : (double) c.together() * total / ((double) own * other);
            return new RelatedSkill(c.skillUri(), names.get(c.skillUri()), c.together(), other, lift);
        }).toList();
    }

    @Override
    public DemandTotals totals(DemandFilter filter) {
        Grain grain = filters.grain(filter.withSkill(null));
        Count all = counts.total(grain);
        return new DemandTotals(all.vacancies(), all.withSalary(), medians.of(grain, SalaryMedians.ANY_SKILL),
                counts.total(grain.previous()).vacancies(), counts.months(grain, null), regions(grain, null));
    }

    /** A skill's regions against all vacancies of each region; all vacancies' regions against the filter's total. */
    private List<RegionDemand> regions(Grain grain, String skill) {
        Map<String, Count> own = counts.byRegion(grain, skill);
        Map<String, Count> all = skill == null ? Map.of() : counts.byRegion(grain, null);
        long total = skill == null ? counts.total(grain).vacancies() : 0;
        Map<String, BigDecimal> salaries = medians.byRegion(grain, skill == null ? SalaryMedians.ANY_SKILL : skill);
        List<RegionDemand> regions = new ArrayList<>();
        own.forEach((key, count) -> regions.add(new RegionDemand(key.isEmpty() ? null : key, count.vacancies(),
                skill == null ? total : all.getOrDefault(key, Count.NONE).vacancies(), salaries.get(key))));
        return regions;
    }

    @Override
    public Optional<YearMonth> latestMonth() {
        return counts.latestMonth();
    }

    @Override
    public PageResponse<VacancySummary> searchVacancies(VacancySearch search, PageQuery page) {
        String skill = search.skillUri() == null ? null : filters.skill(search.skillUri()).uri();
        filters.checkSearch(search);
        return vacancies.search(search, skill, page);
    }

    @Override
    public Optional<VacancyDetails> vacancy(long id) {
        return vacancies.details(id);
    }

    private static SkillDemand demand(String uri, LocalizedText label, Count count, long total, BigDecimal median,
            long previous) {
        double share = total == 0 ? 0 : (double) count.vacancies() / total;
        return new SkillDemand(uri, label, count.vacancies(), share, count.withSalary(), median, previous,
                SkillDemand.change(count.vacancies(), previous));
    }
}
