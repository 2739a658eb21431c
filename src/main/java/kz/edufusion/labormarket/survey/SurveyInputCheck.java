package kz.edufusion.labormarket.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.edufusion.labormarket.SurveyDraft;
import kz.edufusion.labormarket.SurveyDraft.HiringInput;
import kz.edufusion.labormarket.SurveyDraft.SkillNeedInput;
import kz.edufusion.labormarket.SurveyInputRejected;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.labormarket.survey.SurveyStore.StoredHiring;
import kz.edufusion.labormarket.survey.SurveyStore.StoredNeed;
import kz.edufusion.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * Checks a draft field by field and resolves what was typed to taxonomy and reference codes. Every problem is
 * collected (a representative fixes them all in one go) and named by the field it concerns.
 */
@Component
class SurveyInputCheck {

    static final int MAX_ROWS = 30;
    static final int MAX_COMMENT = 2000;
    static final int MAX_HIRES = 10_000;

    private final SurveyLookups lookups;
    private final ReferenceData reference;

    SurveyInputCheck(SurveyLookups lookups, ReferenceData reference) {
        this.lookups = lookups;
        this.reference = reference;
    }

    record Checked(String comment, List<StoredNeed> needs, List<StoredHiring> hires) {
    }

    Checked check(SurveyDraft draft, boolean submit, String language) {
        List<FieldProblem> problems = new ArrayList<>();
        String comment = draft.comment() == null || draft.comment().isBlank() ? null : draft.comment().strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            problems.add(new FieldProblem("comment", "lm.survey.validation.commentTooLong"));
        }
        List<StoredNeed> needs = needs(draft.skillNeeds(), language, problems);
        List<StoredHiring> hires = hires(draft.hires(), language, problems);
        if (submit && needs.isEmpty() && problems.stream().noneMatch(p -> p.field().startsWith("skillNeeds"))) {
            problems.add(new FieldProblem("skillNeeds", "lm.survey.validation.noSkills"));
        }
        if (!problems.isEmpty()) {
            throw new SurveyInputRejected(problems);
        }
        return new Checked(comment, needs, hires);
    }

    private List<StoredNeed> needs(List<SkillNeedInput> rows, String language, List<FieldProblem> problems) {
        List<StoredNeed> needs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            SkillNeedInput row = rows.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            String field = "skillNeeds[" + i + "].";
            String uri = null;
            if (row.skill() == null || row.skill().isBlank()) {
                problems.add(new FieldProblem(field + "skill", "lm.survey.validation.required"));
            } else {
                uri = lookups.skillUri(row.skill(), language).orElse(null);
                if (uri == null) {
                    problems.add(new FieldProblem(field + "skill", "lm.survey.validation.unknownSkill"));
                } else if (!seen.add(uri)) {
                    problems.add(new FieldProblem(field + "skill", "lm.survey.validation.duplicateSkill"));
                }
            }
            boolean importance = range(row.importance(), 1, 5, field + "importance", "lm.survey.validation.importance", problems);
            boolean horizon = range(row.horizonYears(), 1, 3, field + "horizonYears", "lm.survey.validation.horizon", problems);
            if (uri != null && importance && horizon) {
                needs.add(new StoredNeed(uri, row.importance(), row.horizonYears()));
            }
        }
        if (needs.size() > MAX_ROWS) {
            problems.add(new FieldProblem("skillNeeds", "lm.survey.validation.tooManyRows"));
        }
        return needs;
    }

    private List<StoredHiring> hires(List<HiringInput> rows, String language, List<FieldProblem> problems) {
        List<StoredHiring> hires = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            HiringInput row = rows.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            String field = "hires[" + i + "].";
            String occupation = null;
            if (row.occupation() == null || row.occupation().isBlank()) {
                problems.add(new FieldProblem(field + "occupation", "lm.survey.validation.required"));
            } else {
                occupation = lookups.occupationUri(row.occupation(), language).orElse(null);
                if (occupation == null) {
                    problems.add(new FieldProblem(field + "occupation", "lm.survey.validation.unknownOccupation"));
                }
            }
            String region = row.regionCode() == null ? "" : row.regionCode().strip();
            boolean regionOk = !region.isEmpty() && reference.regionExists(region);
            if (!regionOk) {
                problems.add(new FieldProblem(field + "regionCode", region.isEmpty()
                        ? "lm.survey.validation.required" : "lm.survey.validation.unknownRegion"));
            }
            boolean count = range(row.expectedHires(), 1, MAX_HIRES, field + "expectedHires", "lm.survey.validation.hires", problems);
            boolean horizon = range(row.horizonYears(), 1, 3, field + "horizonYears", "lm.survey.validation.horizon", problems);
            if (occupation != null && regionOk && count && horizon) {
                if (seen.add(occupation + "|" + region + "|" + row.horizonYears())) {
                    hires.add(new StoredHiring(occupation, region, row.expectedHires(), row.horizonYears()));
                } else {
                    problems.add(new FieldProblem(field + "occupation", "lm.survey.validation.duplicateHiring"));
                }
            }
        }
        if (hires.size() > MAX_ROWS) {
            problems.add(new FieldProblem("hires", "lm.survey.validation.tooManyRows"));
        }
        return hires;
    }

    private static boolean range(Integer value, int min, int max, String field, String key, List<FieldProblem> problems) {
        if (value == null || value < min || value > max) {
            problems.add(new FieldProblem(field, value == null ? "lm.survey.validation.required" : key));
            return false;
        }
        return true;
    }
}
