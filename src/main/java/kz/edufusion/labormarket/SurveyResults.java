package kz.edufusion.labormarket;

import java.util.List;
import kz.edufusion.common.LocalizedText;

/**
 * The aggregated answers of one quarter (SUBMITTED answers only). When {@code suppressed} is true, every cell that
 * fewer than {@link #MIN_COMPANIES} responding companies make up carries null numbers and {@code suppressed = true},
 * so no single company's answer can be read off; coverage counts say only who answered, never what.
 */
public record SurveyResults(SurveyQuarter quarter, boolean suppressed, Coverage coverage, List<SkillDemand> skills,
        List<HiringCell> hiresByOccupation, List<HiringCell> hiresByRegion, DemandPicture picture) {

    public static final int MIN_COMPANIES = 3;
    public static final int TARGET_RESPONSES = 100;

    public SurveyResults {
        skills = List.copyOf(skills);
        hiresByOccupation = List.copyOf(hiresByOccupation);
        hiresByRegion = List.copyOf(hiresByRegion);
    }

    /**
     * Responding companies (SUBMITTED) against the active companies on the platform and the target of
     * {@link #TARGET_RESPONSES} per quarter, overall and by region and NACE section of the companies.
     */
    public record Coverage(int responding, int drafts, int activeCompanies, int target, List<CoverageCell> byRegion,
            List<CoverageCell> bySection) {

        public Coverage {
            byRegion = List.copyOf(byRegion);
            bySection = List.copyOf(bySection);
        }

        /** Responding companies as a share of the target, 0..100 (capped). */
        public int targetPercent() {
            return (int) Math.min(100, Math.round(100.0 * responding / target));
        }

        /** Responding companies as a share of the active companies, 0..100; 0 when there are none. */
        public int activePercent() {
            return activeCompanies == 0 ? 0 : (int) Math.round(100.0 * responding / activeCompanies);
        }
    }

    /** A region (ISO 3166-2:KZ code) or NACE section; code null for companies without one. */
    public record CoverageCell(String code, LocalizedText name, int responding, int activeCompanies) {
    }

    /**
     * A skill as the survey ranks it: how many responding companies named it, their mean importance (1-5) and the
     * weighted score = sum over responding companies of importance / 5, divided by the number of responding companies;
     * suppressed rows have no rank and come last.
     */
    public record SkillDemand(Integer rank, String skillUri, LocalizedText label, boolean suppressed, Integer companies,
            Double meanImportance, Double weightedScore) {
    }

    /** Expected hires summed over all horizons, for an occupation or a region. */
    public record HiringCell(String code, LocalizedText label, boolean suppressed, Integer companies, Integer expectedHires) {
    }
}
