package kz.edufusion.alignment.engine;

import java.util.List;

/**
 * The gap analysis of a group of programs. {@code meanScore}: the intake-weighted mean of the scored members'
 * scores; {@code coverageScore}: the group's demand (intake-weighted mix of its scored members' demanded skills)
 * against the union of what its members teach, each skill at the highest level any member reaches. Both null
 * when no member could be scored.
 */
public record GroupGap(GroupKind kind, String key, int programs, int scoredPrograms, Double meanScore,
        Double coverageScore, List<GroupMissingSkill> missing) {

    public GroupGap {
        missing = List.copyOf(missing);
    }
}
