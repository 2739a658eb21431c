package kz.edufusion.skills;

import kz.edufusion.common.LocalizedText;

/**
 * A skill an ESCO occupation needs, as ESCO's occupation-skill relations state it: {@code relation} is
 * essential or optional, {@code type} skill or knowledge, {@code label} the skill's display label in kk/ru/en.
 * A skill merged into another is answered as its target.
 */
public record OccupationSkill(String occupationUri, String skillUri, LocalizedText label, String relation, String type) {

    public boolean essential() {
        return "essential".equals(relation);
    }
}
