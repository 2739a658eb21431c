package kz.edufusion.labormarket.survey.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.edufusion.labormarket.SurveyAnswer;
import kz.edufusion.labormarket.SurveyDraft;

/**
 * The survey page's form: skill rows and hiring rows, padded with empty rows so that a representative without
 * JavaScript can fill several at once; empty rows are ignored when saving. Property names match the field names
 * of {@link kz.edufusion.labormarket.SurveyInputRejected}, so every problem lands next to its field.
 */
public class SurveyForm {

    static final int SPARE_SKILL_ROWS = 3;
    static final int SPARE_HIRING_ROWS = 2;

    @Size(max = 2000, message = "{lm.survey.validation.commentTooLong}")
    private String comment;
    private List<SkillRow> skillNeeds = new ArrayList<>();
    private List<HiringRow> hires = new ArrayList<>();

    /** The saved answer (or an earlier quarter's, as a starting point) in the user's language, with spare rows. */
    static SurveyForm of(SurveyAnswer answer, Locale locale) {
        SurveyForm form = new SurveyForm();
        if (answer != null) {
            form.comment = answer.comment();
            answer.skillNeeds().forEach(n -> form.skillNeeds.add(new SkillRow(n.label().in(locale), n.importance(), n.horizonYears())));
            answer.hires().forEach(h -> form.hires.add(new HiringRow(h.occupation().in(locale), h.regionCode(), h.expectedHires(),
                    h.horizonYears())));
        }
        form.pad();
        return form;
    }

    /** Keeps at least a few empty rows at the end of each list. */
    void pad() {
        long emptySkills = skillNeeds.stream().filter(SkillRow::empty).count();
        for (long i = emptySkills; i < SPARE_SKILL_ROWS; i++) {
            skillNeeds.add(new SkillRow());
        }
        long emptyHires = hires.stream().filter(HiringRow::empty).count();
        for (long i = emptyHires; i < SPARE_HIRING_ROWS; i++) {
            hires.add(new HiringRow());
        }
    }

    SurveyDraft toDraft() {
        return new SurveyDraft(comment,
                skillNeeds.stream().map(r -> r == null ? null : new SurveyDraft.SkillNeedInput(r.skill, r.importance, r.horizonYears)).toList(),
                hires.stream().map(r -> r == null ? null
                        : new SurveyDraft.HiringInput(r.occupation, r.regionCode, r.expectedHires, r.horizonYears)).toList());
    }

    void removeSkill(int index) {
        if (index >= 0 && index < skillNeeds.size()) {
            skillNeeds.remove(index);
        }
    }

    void removeHiring(int index) {
        if (index >= 0 && index < hires.size()) {
            hires.remove(index);
        }
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<SkillRow> getSkillNeeds() {
        return skillNeeds;
    }

    public void setSkillNeeds(List<SkillRow> skillNeeds) {
        this.skillNeeds = skillNeeds;
    }

    public List<HiringRow> getHires() {
        return hires;
    }

    public void setHires(List<HiringRow> hires) {
        this.hires = hires;
    }

    /** A needed skill: the skill's label (or URI) as typed or picked from the suggestions, importance 1-5, 1-3 years. */
    public static class SkillRow {
        private String skill;
        private Integer importance;
        private Integer horizonYears;

        public SkillRow() {
        }

        SkillRow(String skill, Integer importance, Integer horizonYears) {
            this.skill = skill;
            this.importance = importance;
            this.horizonYears = horizonYears;
        }

        boolean empty() {
            return (skill == null || skill.isBlank()) && importance == null && horizonYears == null;
        }

        public String getSkill() {
            return skill;
        }

        public void setSkill(String skill) {
            this.skill = skill;
        }

        public Integer getImportance() {
            return importance;
        }

        public void setImportance(Integer importance) {
            this.importance = importance;
        }

        public Integer getHorizonYears() {
            return horizonYears;
        }

        public void setHorizonYears(Integer horizonYears) {
            this.horizonYears = horizonYears;
        }
    }

    /** Expected hires: an occupation (label or ESCO URI), a region code, how many people, within 1-3 years. */
    public static class HiringRow {
        private String occupation;
        private String regionCode;
        private Integer expectedHires;
        private Integer horizonYears;

        public HiringRow() {
        }

        HiringRow(String occupation, String regionCode, Integer expectedHires, Integer horizonYears) {
            this.occupation = occupation;
            this.regionCode = regionCode;
            this.expectedHires = expectedHires;
            this.horizonYears = horizonYears;
        }

        boolean empty() {
            return (occupation == null || occupation.isBlank()) && (regionCode == null || regionCode.isBlank())
                    && expectedHires == null && horizonYears == null;
        }

        public String getOccupation() {
            return occupation;
        }

        public void setOccupation(String occupation) {
            this.occupation = occupation;
        }

        public String getRegionCode() {
            return regionCode;
        }

        public void setRegionCode(String regionCode) {
            this.regionCode = regionCode;
        }

        public Integer getExpectedHires() {
            return expectedHires;
        }

        public void setExpectedHires(Integer expectedHires) {
            this.expectedHires = expectedHires;
        }

        public Integer getHorizonYears() {
            return horizonYears;
        }

        public void setHorizonYears(Integer horizonYears) {
            this.horizonYears = horizonYears;
        }
    }
}
