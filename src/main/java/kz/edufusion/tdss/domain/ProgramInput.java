package kz.edufusion.tdss.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A program to add. For a PLATFORM_COURSE the academy course id is required and blank titles take the course's;
 * {@code competences} are competence codes of {@code framework}; {@code organization} null = the caller's institution
 * (a platform administrator who coordinates none adds a platform-wide program).
 */
public record ProgramInput(String code, String kind, String level, UUID academyCourseId, String titleKk, String titleRu,
        String titleEn, String provider, BigDecimal hours, String framework, List<String> competences, UUID organization) {
}
