package kz.edufusion.alignment.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.programs.AlignmentProgram;
import kz.edufusion.programs.SkillLevel;
import kz.edufusion.programs.TaughtSkill;

/**
 * Scores a group from its members' results. A member weighs max(intake, 1), so a program without a recorded
 * cohort still counts a little; members that could not be scored (no targets, no demand) are left out of both
 * scores but counted in {@code programs}. The group's demanded skills are those whose intake-weighted share
 * reaches the program threshold, at most the top N, as for a program.
 */
public final class GroupAnalyzer {

    private static final int LISTED_PROGRAMS = 10;

    private final GapSettings settings;

    public GroupAnalyzer(GapSettings settings) {
        this.settings = settings;
    }

    public GroupGap analyze(GroupKind kind, String key, List<AlignmentProgram> members, Map<UUID, ProgramGap> gaps) {
        Map<String, Double> demand = new HashMap<>();
        Map<String, List<AlignmentProgram>> missingIn = new HashMap<>();
        Map<String, SkillLevel> taught = new HashMap<>();
        double weights = 0;
        double weightedScores = 0;
        int scored = 0;
        for (AlignmentProgram program : members) {
            for (TaughtSkill skill : program.skills()) {
                taught.merge(skill.skillUri(), skill.level(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
            ProgramGap gap = gaps.get(program.id());
            if (gap == null || gap.status() != GapStatus.SCORED) {
                continue;
            }
            double weight = Math.max(program.intake(), 1);
            scored++;
            weights += weight;
            weightedScores += weight * gap.score();
            gap.covered().forEach(c -> demand.merge(c.evidence().skillUri(), weight * c.evidence().share(), Double::sum));
            for (SkillEvidence e : gap.missing()) {
                demand.merge(e.skillUri(), weight * e.share(), Double::sum);
                missingIn.computeIfAbsent(e.skillUri(), k -> new ArrayList<>()).add(program);
            }
        }
        if (scored == 0) {
            return new GroupGap(kind, key, members.size(), 0, null, null, List.of());
        }
        double total = weights;
        List<Map.Entry<String, Double>> demanded = demand.entrySet().stream()
                .filter(e -> e.getValue() / total >= settings.demandedShare())
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(settings.maxDemanded()).toList();
        double demandedWeight = 0;
        double credited = 0;
        List<GroupMissingSkill> missing = new ArrayList<>();
        for (Map.Entry<String, Double> skill : demanded) {
            demandedWeight += skill.getValue();
            SkillLevel level = taught.get(skill.getKey());
            if (level != null) {
                credited += skill.getValue() * settings.levelFactor(level);
            } else {
                List<AlignmentProgram> lacking = missingIn.getOrDefault(skill.getKey(), List.of());
                missing.add(new GroupMissingSkill(skill.getKey(), skill.getValue() / total, lacking.size(), lacking.stream()
                        .sorted(Comparator.comparingInt(AlignmentProgram::intake).reversed()
                                .thenComparing(AlignmentProgram::code))
                        .limit(LISTED_PROGRAMS).map(AlignmentProgram::id).toList()));
            }
        }
        double coverage = demandedWeight == 0 ? 0 : GapAnalyzer.round2(100 * credited / demandedWeight);
        return new GroupGap(kind, key, members.size(), scored, GapAnalyzer.round2(weightedScores / weights), coverage,
                missing);
    }
}
