package kz.edufusion.placements.domain;

import kz.edufusion.common.LocalizedText;

/** A skill as the placement pages show it: its URI and its label in the three languages. */
public record SkillChoice(String uri, LocalizedText label) {
}
