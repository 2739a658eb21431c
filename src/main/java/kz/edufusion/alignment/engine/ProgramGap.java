package kz.edufusion.alignment.engine;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The gap analysis of one program. {@code score} 0-100 (two decimals; 0 unless {@code status} is SCORED);
 * the demand it was measured against ({@code iscoCodes}, {@code sectors}, {@code regionCode}, the reference
 * month and growth period) so evidence links show exactly the vacancies counted; {@code vacancies} and
 * {@code regionVacancies} all vacancies of the targets; demanded skills split into {@code missing} (heaviest
 * first) and {@code covered}; taught skills barely asked for; recommended disciplines in the order picked.
 */
public record ProgramGap(UUID programId, GapStatus status, double score, YearMonth referenceMonth, int growthMonths,
        String regionCode, List<String> iscoCodes, List<String> sectors, int vacancies, int regionVacancies,
        double demandedWeight, List<SkillEvidence> missing, List<CoveredSkill> covered, List<UnusedSkill> taughtUnused,
        List<Recommendation> recommendations) {

    public ProgramGap {
        iscoCodes = List.copyOf(iscoCodes);
        sectors = List.copyOf(sectors);
        missing = List.copyOf(missing);
        covered = List.copyOf(covered);
        taughtUnused = List.copyOf(taughtUnused);
        recommendations = List.copyOf(recommendations);
    }

    public int demandedSkills() {
        return missing.size() + covered.size();
    }
}
