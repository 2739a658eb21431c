package kz.edufusion.alignment.engine;

import kz.edufusion.programs.SkillLevel;

/** A demanded skill the program teaches, at {@code level}, earning {@code credit} (the level's factor) of its weight. */
public record CoveredSkill(SkillEvidence evidence, SkillLevel level, double credit) {
}
