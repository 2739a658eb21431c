package kz.edufusion.alignment.gap;

import java.time.Instant;
import java.util.List;
import kz.edufusion.alignment.ProgramScore;
import kz.edufusion.alignment.engine.GroupGap;
import kz.edufusion.alignment.engine.GroupKind;
import kz.edufusion.common.LocalizedText;

/** A group with its member programs' latest scores and its stored analysis (null until a national run). */
public record GroupGapRead(GroupKind kind, String key, LocalizedText name, List<ProgramScore> members, GroupGap group,
        Instant computedAt) {

    public GroupGapRead {
        members = List.copyOf(members);
    }
}
