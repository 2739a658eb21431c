package kz.edufusion.programs.domain;

import java.util.UUID;
import kz.edufusion.programs.ProgramLevel;
import kz.edufusion.programs.ProgramType;

/** List filters; null means any. {@code text} matches the code or a title in any language. */
public record ProgramFilter(UUID universityId, String fieldCode, ProgramLevel level, String regionCode, ProgramType type,
        String text) {

    public static ProgramFilter none() {
        return new ProgramFilter(null, null, null, null, null, null);
    }
}
