package kz.edufusion.tdss.domain;

import java.math.BigDecimal;
import java.util.List;

/** A new scheme as a certification body describes it; blank or null requirements are not required. */
public record SchemeInput(String code, String titleKk, String titleRu, String titleEn, String descriptionKk,
        String descriptionRu, String descriptionEn, String level, Integer validityYears, BigDecimal minHours,
        BigDecimal minInternationalHours, List<String> requiredPrograms, Integer passScore, Boolean portfolioRequired,
        Boolean observationRequired, String frameworkCode, List<String> competences) {
}
