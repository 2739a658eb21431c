package kz.edufusion.skills;

import kz.edufusion.common.LocalizedText;

/** A search result: the skill (merged skills are replaced by their target) and the label that matched. */
public record SkillHit(String uri, LocalizedText label, String matchedLabel, String matchedLanguage, String type,
        String source) {
}
