package kz.edufusion.alignment.engine;

import kz.edufusion.programs.SkillLevel;

/** A taught skill the market barely asks for: its weighted share (0..1) and raw vacancies in the program's targets. */
public record UnusedSkill(String skillUri, SkillLevel level, double share, int vacancies) {
}
