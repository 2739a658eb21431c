package kz.edufusion.alignment.report;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edufusion.alignment.AlignmentResults;
import kz.edufusion.alignment.AlignmentRun;
import kz.edufusion.alignment.ProgramScore;
import kz.edufusion.alignment.national.AlignmentLabels;
import kz.edufusion.alignment.report.ReportSnapshot.AreaRow;
import kz.edufusion.alignment.report.ReportSnapshot.ScoreRow;
import kz.edufusion.alignment.report.ReportSnapshot.SkillRow;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.PageQuery;
import kz.edufusion.labormarket.DemandFilter;
import kz.edufusion.labormarket.DemandSignals;
import kz.edufusion.labormarket.EmployerSurveys;
import kz.edufusion.labormarket.LaborMarketDemand;
import kz.edufusion.labormarket.SkillDemand;
import kz.edufusion.labormarket.SurveyQuarter;
import kz.edufusion.labormarket.SurveyResults;
import org.springframework.stereotype.Component;

/**
 * Gathers a quarter's snapshot from the labor market (skills, vacancies by region and section: the quarter against
 * the quarter before), the latest alignment scores (compared with the previous published report's) and the
 * quarter's employer survey, resolving every label in the three languages now.
 */
@Component
class ReportBuilder {

    static final int TOP_SKILLS = 15;
    static final int RISING_SKILLS = 10;
    static final int SURVEY_SKILLS = 15;

    private final LaborMarketDemand demand;
    private final DemandSignals signals;
    private final AlignmentResults results;
    private final EmployerSurveys surveys;
    private final AlignmentLabels labels;
    private final Clock clock;

    ReportBuilder(LaborMarketDemand demand, DemandSignals signals, AlignmentResults results, EmployerSurveys surveys,
            AlignmentLabels labels, org.springframework.beans.factory.ObjectProvider<Clock> clock) {
        this.demand = demand;
        this.signals = signals;
        this.results = results;
        this.surveys = surveys;
        this.labels = labels;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    ReportSnapshot build(SurveyQuarter quarter, ReportSnapshot previous) {
        YearMonth from = YearMonth.from(quarter.firstDay());
        YearMonth to = from.plusMonths(2);
        DemandFilter filter = DemandFilter.period(from, to);
        return new ReportSnapshot(ReportSnapshot.VERSION, quarter.toString(), from, to, clock.instant(),
                demand(filter), alignment(previous), survey(quarter));
    }

    private ReportSnapshot.Demand demand(DemandFilter filter) {
        DemandFilter before = filter.previous();
        Map<String, long[]> regions = new HashMap<>();
        Map<String, long[]> sections = new HashMap<>();
        long[] total = new long[2];
        signals.forEachCell(cell -> {
            if (!cell.total()) {
                return;
            }
            int slot = !cell.month().isBefore(filter.from()) && !cell.month().isAfter(filter.to()) ? 0
                    : !cell.month().isBefore(before.from()) && !cell.month().isAfter(before.to()) ? 1 : -1;
            if (slot >= 0) {
                regions.computeIfAbsent(cell.regionCode(), k -> new long[2])[slot] += cell.vacancies();
                sections.computeIfAbsent(cell.naceSection(), k -> new long[2])[slot] += cell.vacancies();
                total[slot] += cell.vacancies();
            }
        });
        List<SkillRow> top = demand.topSkills(filter, PageQuery.of(0, TOP_SKILLS)).items().stream().map(ReportBuilder::skill).toList();
        List<SkillRow> rising = demand.risingSkills(filter, RISING_SKILLS).stream().map(ReportBuilder::skill).toList();
        return new ReportSnapshot.Demand(total[0], total[1], top, rising, areas(regions, labels.regions()),
                areas(sections, labels.sections()));
    }

    private static SkillRow skill(SkillDemand s) {
        return new SkillRow(s.skillUri(), s.label(), s.vacancies(), s.share(), s.previousVacancies(), s.changePercent());
    }

    private static List<AreaRow> areas(Map<String, long[]> counts, Map<String, LocalizedText> names) {
        List<AreaRow> rows = new ArrayList<>();
        counts.forEach((code, c) -> rows.add(new AreaRow(code, names.get(code), c[0], c[1])));
        rows.sort(Comparator.comparingLong(AreaRow::vacancies).reversed().thenComparing(AreaRow::code));
        return rows;
    }

    private ReportSnapshot.Alignment alignment(ReportSnapshot previous) {
        List<ProgramScore> scores = results.latestScores().stream().filter(ProgramScore::measurable).toList();
        ReportSnapshot.Alignment before = previous == null ? null : previous.alignment();
        return new ReportSnapshot.Alignment(results.lastRun().map(AlignmentRun::finishedAt).orElse(null), scores.size(),
                mean(scores), previous == null ? null : previous.quarter(), before == null ? null : before.meanScore(),
                scoreRows(scores, ProgramScore::fieldCode, labels.fields(), before == null ? List.of() : before.byField()),
                scoreRows(scores, ProgramScore::regionCode, labels.regions(), before == null ? List.of() : before.byRegion()));
    }

    private static List<ScoreRow> scoreRows(List<ProgramScore> scores, Function<ProgramScore, String> key,
            Map<String, LocalizedText> names, List<ScoreRow> previous) {
        Map<String, Double> before = previous.stream().collect(Collectors.toMap(ScoreRow::code, ScoreRow::meanScore, (a, b) -> a));
        return scores.stream().collect(Collectors.groupingBy(key, java.util.TreeMap::new, Collectors.toList()))
                .entrySet().stream()
                .map(e -> new ScoreRow(e.getKey(), names.get(e.getKey()), e.getValue().size(), mean(e.getValue()),
                        before.get(e.getKey())))
                .toList();
    }

    private static Double mean(List<ProgramScore> scores) {
        return scores.isEmpty() ? null : Math.round(scores.stream().mapToDouble(ProgramScore::score).average().orElseThrow() * 100) / 100.0;
    }

    private ReportSnapshot.Survey survey(SurveyQuarter quarter) {
        SurveyResults survey = surveys.results(quarter);
        SurveyResults.Coverage coverage = survey.coverage();
        return new ReportSnapshot.Survey(coverage.responding(), coverage.activeCompanies(), coverage.target(),
                survey.skills().stream().limit(SURVEY_SKILLS)
                        .map(s -> new ReportSnapshot.SurveySkill(s.rank(), s.label(), s.suppressed(), s.companies(), s.meanImportance()))
                        .toList(),
                survey.hiresByRegion().stream()
                        .map(h -> new ReportSnapshot.SurveyHires(h.code(), h.label(), h.suppressed(), h.companies(), h.expectedHires()))
                        .toList());
    }
}
