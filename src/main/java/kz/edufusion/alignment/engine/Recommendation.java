package kz.edufusion.alignment.engine;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/**
 * A discipline of another program that would teach missing skills: the skills it adds (beyond the disciplines
 * recommended before it) and the score points it would add if taught at the assumed level.
 */
public record Recommendation(UUID programId, String programCode, UUID universityId, String disciplineCode,
        LocalizedText title, int credits, List<String> addsSkills, double scoreGain) {

    public Recommendation {
        addsSkills = List.copyOf(addsSkills);
    }
}
