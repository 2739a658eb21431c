package kz.edufusion.programs;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/**
 * A program as the gap analysis sees it. {@code intake} and {@code graduates} are those of the latest academic
 * year recorded (0 when none is); {@code targetIscoCodes} are the ISCO-08 unit groups of the target occupations,
 * distinct; {@code sectors} are NACE section letters (empty: all sectors).
 */
public record AlignmentProgram(UUID id, UUID universityId, String code, LocalizedText title, ProgramLevel level,
        String fieldCode, String areaCode, String regionCode, ProgramType type, int intake, int graduates,
        List<String> targetOccupationUris, List<String> targetIscoCodes, List<String> sectors, List<TaughtSkill> skills) {

    public AlignmentProgram {
        targetOccupationUris = List.copyOf(targetOccupationUris);
        targetIscoCodes = List.copyOf(targetIscoCodes);
        sectors = List.copyOf(sectors);
        skills = List.copyOf(skills);
    }
}
