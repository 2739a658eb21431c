package kz.edufusion.tdss.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A training program: an academy course run for educators (PLATFORM_COURSE) or another provider's (EXTERNAL). */
public record ProgramView(UUID id, String code, String kind, String level, UUID academyCourseId, LocalizedText title,
        String provider, BigDecimal hours, UUID organizationId, List<String> competences) {
}
