package kz.edufusion.alignment.gap.web;

import java.util.List;
import kz.edufusion.alignment.engine.Recommendation;
import kz.edufusion.alignment.engine.SkillEvidence;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.programs.SkillLevel;

/** Rows of the gap pages, each number with the address of its evidence. */
final class GapRows {

    private GapRows() {
    }

    record SkillLink(String uri, LocalizedText label, String demandUrl) {
    }

    /** A demanded skill (level null: missing) with its evidence links. */
    record Demanded(SkillLink skill, SkillEvidence evidence, SkillLevel level, String vacanciesUrl,
            String regionVacanciesUrl, String recentUrl, String previousUrl) {

        public double sharePercent() {
            return evidence.share() * 100;
        }
    }

    record Unused(SkillLink skill, SkillLevel level, double sharePercent, int vacancies, String vacanciesUrl) {
    }

    record Advice(Recommendation recommendation, List<SkillLink> adds, String programUrl, String programGapUrl) {
    }

    record Member(String programId, String code, double score, int demandedSkills, int missingSkills, String gapUrl) {
    }

    record GroupMissing(SkillLink skill, double sharePercent, int missingIn, List<Member> programs) {
    }
}
