package kz.edufusion.labormarket.imports;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import kz.edufusion.labormarket.normalize.CityRegions;
import kz.edufusion.labormarket.normalize.LanguageDetector;
import kz.edufusion.labormarket.normalize.NaceClassifier;
import kz.edufusion.labormarket.normalize.OccupationMatcher;
import kz.edufusion.labormarket.normalize.SalaryNormalizer;
import kz.edufusion.skills.extraction.ExtractedSkill;

/**
 * What normalizing a vacancy needs, as plain functions so the preparation can run (and be tested) without Spring:
 * the labor market normalizers, the employer links, a linked organization's OKED section, and skill extraction
 * (text, employer tags -> skills).
 */
record Normalizers(CityRegions regions, SalaryNormalizer salaries, LanguageDetector languages,
        OccupationMatcher occupations, NaceClassifier nace, EmployerLinks employers,
        Function<UUID, Optional<String>> organizationSection, SkillFinder skills) {

    @FunctionalInterface
    interface SkillFinder {
        List<ExtractedSkill> find(String text, List<String> tags);
    }
}
