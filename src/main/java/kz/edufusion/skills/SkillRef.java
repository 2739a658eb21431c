package kz.edufusion.skills;

import kz.edufusion.common.LocalizedText;

/** A pointer to a skill or skill group with its label, for broader and related concepts. */
public record SkillRef(String uri, LocalizedText label) {
}
