package kz.edufusion.programs.domain;

import java.util.UUID;
import kz.edufusion.programs.SkillLevel;

/** A skill an outcome or a discipline develops: proposed by the engine (with its confidence) or decided. */
public record SkillLinkView(UUID id, UUID outcomeId, UUID disciplineId, String skillUri, SkillStatus status,
        SkillLevel level, Double confidence) {

    public enum SkillStatus { PROPOSED, CONFIRMED, REJECTED }
}
