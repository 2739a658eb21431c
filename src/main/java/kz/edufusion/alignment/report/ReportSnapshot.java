package kz.edufusion.alignment.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import kz.edufusion.common.LocalizedText;

/**
 * Everything a quarterly report shows, fixed when it was generated: the numbers and, for every code, its name in
 * kk, ru and en as the reference and the taxonomy had it then. Stored as JSON; the HTML page and the PDFs are
 * rendered from it alone, so later changes of vacancies, scores, survey answers or reference names never reach a
 * published report. {@code version} is the layout of this record, for readers of old snapshots.
 */
public record ReportSnapshot(int version, String quarter, YearMonth from, YearMonth to, Instant generatedAt,
        Demand demand, Alignment alignment, Survey survey) {

    public static final int VERSION = 1;

    /** Vacancies of the quarter (duplicates left out) against the quarter before, skills, regions, NACE sections. */
    public record Demand(long vacancies, long previousVacancies, List<SkillRow> topSkills, List<SkillRow> risingSkills,
            List<AreaRow> regions, List<AreaRow> sections) {

        public Double changePercent() {
            return previousVacancies == 0 ? null : (vacancies - previousVacancies) * 100.0 / previousVacancies;
        }
    }

    /** A skill's vacancies in the quarter, their share of all, and the change against the quarter before. */
    public record SkillRow(String uri, LocalizedText label, long vacancies, double share, long previousVacancies,
            Double changePercent) {
    }

    /** A region's or section's vacancies in the quarter and the quarter before ({@code code} "" for unplaced). */
    public record AreaRow(String code, LocalizedText name, long vacancies, long previousVacancies) {
    }

    /**
     * The latest alignment scores summarised (mean over scored programs) overall, by field and by region, with
     * the means of the previous published report ({@code previousQuarter}; null when there is none).
     */
    public record Alignment(Instant scoredAt, int scoredPrograms, Double meanScore, String previousQuarter,
            Double previousMeanScore, List<ScoreRow> byField, List<ScoreRow> byRegion) {
    }

    public record ScoreRow(String code, LocalizedText name, int programs, double meanScore, Double previousMeanScore) {

        /** Points gained since the previous report; null when the previous report had no score here. */
        public Double change() {
            return previousMeanScore == null ? null : meanScore - previousMeanScore;
        }
    }

    /** The employer survey of the quarter with small cells suppressed, as analysts see it. */
    public record Survey(int responding, int activeCompanies, int target, List<SurveySkill> skills,
            List<SurveyHires> hiresByRegion) {
    }

    public record SurveySkill(Integer rank, LocalizedText label, boolean suppressed, Integer companies,
            Double meanImportance) {
    }

    public record SurveyHires(String code, LocalizedText label, boolean suppressed, Integer companies,
            Integer expectedHires) {
    }
}
