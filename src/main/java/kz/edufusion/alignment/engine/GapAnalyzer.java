package kz.edufusion.alignment.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edufusion.programs.AlignmentProgram;
import kz.edufusion.programs.TaughtSkill;

/**
 * Scores one program against the demand of its targets: the demanded skills (weighted share at least the
 * threshold, at most the top N), the coverage score 100 * sum(weight * level factor of taught demanded skills)
 * / sum(weight of demanded skills), the missing skills with their evidence, the taught skills barely asked for
 * and the recommended disciplines. One instance per thread (it holds scratch arrays).
 */
public final class GapAnalyzer {

    private final DemandIndex index;
    private final GapSettings settings;
    private final ProgramDemand demand;
    private final Recommender recommender;

    public GapAnalyzer(DemandIndex index, CatalogIndex catalog) {
        this.index = index;
        this.settings = index.settings;
        this.demand = new ProgramDemand(index);
        this.recommender = new Recommender(catalog, index.skills.size());
    }

    public ProgramGap analyze(AlignmentProgram program) {
        if (program.targetIscoCodes().isEmpty()) {
            return empty(program, GapStatus.NO_TARGETS, List.of());
        }
        if (!demand.load(program) || demand.weighted[DemandIndex.TOTAL] <= 0) {
            return empty(program, GapStatus.NO_DEMAND, unused(program, 0));
        }
        double total = demand.weighted[DemandIndex.TOTAL];
        Map<String, TaughtSkill> taught = new HashMap<>();
        program.skills().forEach(t -> taught.put(t.skillUri(), t));
        List<SkillEvidence> missing = new ArrayList<>();
        List<CoveredSkill> covered = new ArrayList<>();
        List<Integer> missingIds = new ArrayList<>();
        double demandedWeight = 0;
        double credited = 0;
        for (int s : demanded(total)) {
            SkillEvidence evidence = evidence(s, total);
            demandedWeight += evidence.weight();
            TaughtSkill skill = taught.get(evidence.skillUri());
            if (skill == null) {
                missing.add(evidence);
                missingIds.add(s);
            } else {
                double credit = settings.levelFactor(skill.level());
                credited += credit * evidence.weight();
                covered.add(new CoveredSkill(evidence, skill.level(), credit));
            }
        }
        double score = demandedWeight == 0 ? 0 : round2(100 * credited / demandedWeight);
        List<Recommendation> recommendations = recommender.recommend(program.id(), missingIds, demand.weighted,
                demandedWeight, settings);
        return new ProgramGap(program.id(), GapStatus.SCORED, score, settings.referenceMonth(), settings.growthMonths(),
                program.regionCode(), program.targetIscoCodes(), program.sectors(), demand.raw[DemandIndex.TOTAL],
                demand.regionRaw[DemandIndex.TOTAL], demandedWeight, missing, covered, unused(program, total),
                recommendations);
    }

    /** Skill ids with share >= threshold, heaviest first (ties by URI), at most maxDemanded. */
    private List<Integer> demanded(double total) {
        List<Integer> skills = new ArrayList<>();
        for (int i = 0; i < demand.touchedCount(); i++) {
            int s = demand.touched(i);
            if (s != DemandIndex.TOTAL && demand.weighted[s] / total >= settings.demandedShare()) {
                skills.add(s);
            }
        }
        skills.sort(Comparator.<Integer>comparingDouble(s -> -demand.weighted[s]).thenComparing(index.skills::value));
        return skills.size() > settings.maxDemanded() ? skills.subList(0, settings.maxDemanded()) : skills;
    }

    private SkillEvidence evidence(int s, double total) {
        int t = DemandIndex.TOTAL;
        Double growth = demand.previous[s] == 0 ? null
                : round2(100.0 * (demand.recent[s] - demand.previous[s]) / demand.previous[s]);
        Double with = mean(demand.salarySum[s], demand.salaried[s]);
        Double without = mean(demand.salarySum[t] - demand.salarySum[s], demand.salaried[t] - demand.salaried[s]);
        return new SkillEvidence(index.skills.value(s), demand.weighted[s], demand.weighted[s] / total, demand.raw[s],
                demand.regionRaw[s], demand.recent[s], demand.previous[s], growth, demand.salaried[s], with, without);
    }

    private Double mean(double sum, int count) {
        return count < settings.minSalaried() ? null : round2(sum / count);
    }

    /** Taught skills whose share is below the "barely asked" threshold, least asked first. */
    private List<UnusedSkill> unused(AlignmentProgram program, double total) {
        List<UnusedSkill> unused = new ArrayList<>();
        for (TaughtSkill skill : program.skills()) {
            int s = index.skills.find(skill.skillUri());
            boolean known = s > 0 && total > 0;
            double share = known ? demand.weighted[s] / total : 0;
            if (share < settings.unusedShare()) {
                unused.add(new UnusedSkill(skill.skillUri(), skill.level(), share, known ? demand.raw[s] : 0));
            }
        }
        unused.sort(Comparator.comparingDouble(UnusedSkill::share).thenComparing(UnusedSkill::skillUri));
        return unused;
    }

    private ProgramGap empty(AlignmentProgram program, GapStatus status, List<UnusedSkill> unused) {
        return new ProgramGap(program.id(), status, 0, settings.referenceMonth(), settings.growthMonths(),
                program.regionCode(), program.targetIscoCodes(), program.sectors(), 0, 0, 0, List.of(), List.of(), unused,
                List.of());
    }

    static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
