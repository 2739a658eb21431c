package kz.edufusion.skills;

/**
 * One term of the dictionary the extraction engine builds: a label of a skill (merged skills already
 * redirected), its kind (PREFERRED, ALT, HIDDEN, SYNONYM) and origin (ADMIN, CURATED, ESCO; a preferred label
 * of an administrator wins over the curators', theirs over ESCO's).
 */
public record SkillTerm(String uri, String language, String text, String kind, String origin) {
}
