package kz.edufusion.alignment.engine;

import java.util.List;
import java.util.UUID;

/**
 * A skill the group's demand asks for and none of its programs teaches: its share of the group's demand (0..1),
 * how many member programs count it as missing, and (largest intake first) up to ten of them.
 */
public record GroupMissingSkill(String skillUri, double share, int missingIn, List<UUID> programs) {

    public GroupMissingSkill {
        programs = List.copyOf(programs);
    }
}
