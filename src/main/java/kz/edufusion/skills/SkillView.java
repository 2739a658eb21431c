package kz.edufusion.skills;

import kz.edufusion.common.LocalizedText;

/**
 * A skill as other modules see it: its URI (an ESCO URI or {@code https://edufusion.kz/skill/...}), its
 * preferred label in kk/ru/en (an administrator's label before a curated one before ESCO's), type
 * (skill, knowledge, transversal, language), source (ESCO or CUSTOM) and broader concept.
 */
public record SkillView(String uri, LocalizedText label, String type, String source, String broaderUri,
        String reuseLevel, String status, String descriptionEn, String escoVersion) {
}
