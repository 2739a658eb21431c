package kz.edufusion.tdss.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How far an educator's confirmed training goes toward a scheme's training requirements: total and international
 * hours against the minimums, and the required programs done and missing. Only these gate submitting; the
 * assessment, the portfolio review and the observed teaching are the certification body's to judge.
 */
public record RequirementProgress(BigDecimal hours, BigDecimal minHours, BigDecimal internationalHours,
        BigDecimal minInternationalHours, List<String> programsDone, List<String> programsMissing) {

    public RequirementProgress {
        programsDone = List.copyOf(programsDone);
        programsMissing = List.copyOf(programsMissing);
    }

    public static RequirementProgress of(SchemeView scheme, TrainingLedger.Summary summary) {
        List<String> done = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        scheme.requiredPrograms().forEach(code -> (summary.programCodes().contains(code) ? done : missing).add(code));
        return new RequirementProgress(summary.hours(), scheme.minHours(), summary.internationalHours(),
                scheme.minInternationalHours(), done, missing);
    }

    public boolean hoursMet() {
        return minHours == null || hours.compareTo(minHours) >= 0;
    }

    public boolean internationalHoursMet() {
        return minInternationalHours == null || internationalHours.compareTo(minInternationalHours) >= 0;
    }

    public boolean programsMet() {
        return programsMissing.isEmpty();
    }

    public boolean met() {
        return hoursMet() && internationalHoursMet() && programsMet();
    }

    /** The unmet requirements as the fields a refusal names. */
    public List<String> unmet() {
        List<String> unmet = new ArrayList<>();
        if (!hoursMet()) {
            unmet.add("minHours");
        }
        if (!internationalHoursMet()) {
            unmet.add("minInternationalHours");
        }
        if (!programsMet()) {
            unmet.add("requiredPrograms");
        }
        return unmet;
    }
}
