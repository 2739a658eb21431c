package kz.edufusion.programs.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.edufusion.programs.ProgramLevel;
import kz.edufusion.programs.ProgramType;
import kz.edufusion.programs.domain.ProgramDraft;

/** A program as a client sends it; the Register's rules are checked by the service (problems list every field). */
record ProgramRequest(
        @Schema(description = "The owning university (create only; may be left out by the coordinator of one university)") UUID universityId,
        @Schema(example = "6B06101", description = "7 characters: 6B/7M/8D, field 01-12, area digit, number") String code,
        @Schema(description = "Optional; must agree with the code's prefix") ProgramLevel level,
        String titleKk, String titleRu, String titleEn,
        @Schema(example = "B057") String groupCode, String degree,
        @Schema(example = "240") Integer credits,
        @Schema(example = "[\"kk\", \"ru\"]") List<String> languages, ProgramType type,
        String accreditationAgency, LocalDate accreditedUntil,
        @Schema(example = "KZ-75", description = "Left out: the university's region") String regionCode,
        String atlasProfession) {

    ProgramDraft draft() {
        return new ProgramDraft(code, level, titleKk, titleRu, titleEn, groupCode, degree, credits, languages, type,
                accreditationAgency, accreditedUntil, regionCode, atlasProfession);
    }
}
