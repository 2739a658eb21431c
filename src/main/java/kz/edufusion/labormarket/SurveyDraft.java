package kz.edufusion.labormarket;

import java.util.List;

/**
 * What a representative sends: skills and occupations as typed or picked (a URI, the last segment of one, or an
 * exact label in any language), numbers as given. Rows whose fields are all blank are ignored, so a form may
 * carry spare empty rows. {@link EmployerSurveys#save} checks everything and names the field of each problem.
 */
public record SurveyDraft(String comment, List<SkillNeedInput> skillNeeds, List<HiringInput> hires) {

    public SurveyDraft {
        skillNeeds = skillNeeds == null ? List.of() : List.copyOf(skillNeeds);
        hires = hires == null ? List.of() : List.copyOf(hires);
    }

    public record SkillNeedInput(String skill, Integer importance, Integer horizonYears) {

        public boolean blank() {
            return (skill == null || skill.isBlank()) && importance == null && horizonYears == null;
        }
    }

    public record HiringInput(String occupation, String regionCode, Integer expectedHires, Integer horizonYears) {

        public boolean blank() {
            return (occupation == null || occupation.isBlank()) && (regionCode == null || regionCode.isBlank())
                    && expectedHires == null && horizonYears == null;
        }
    }
}
