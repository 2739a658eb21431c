package kz.edufusion.tdss.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/**
 * A certification scheme: what it is called, its level and validity, and its requirements, each optional (null
 * hours or pass score, no programs, no portfolio or observation). {@code bodyId} null: any certification body runs it.
 */
public record SchemeView(UUID id, String code, LocalizedText title, LocalizedText description, String level,
        int validityYears, BigDecimal minHours, BigDecimal minInternationalHours, List<String> requiredPrograms,
        Integer passScore, boolean portfolioRequired, boolean observationRequired, String frameworkCode,
        List<String> competences, UUID bodyId, boolean active) {

    public SchemeView {
        requiredPrograms = List.copyOf(requiredPrograms);
        competences = List.copyOf(competences);
    }

    public boolean international() {
        return "INTERNATIONAL".equals(level);
    }
}
