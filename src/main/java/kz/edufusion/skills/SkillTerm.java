package kz.edufusion.skills;

/**
 * One term of the dictionary the extraction engine builds: a label of a skill (merged skills already
 * redirected), its kind (PREFERRED, ALT, HIDDEN, SYNONYM) and origin (ADMIN, CURATED, ESCO; a preferred label
 * of an administrator wins over the curators', theirs over ESCO's), and the skill's broader concept (null if
 * none; a merged broader concept redirected to its target), so a term that a skill shares with its broader
 * concept counts for the narrower skill only.
 */
public record SkillTerm(String uri, String language, String text, String kind, String origin, String broaderUri) {

    /** A term of a skill without a broader concept. */
    public SkillTerm(String uri, String language, String text, String kind, String origin) {
        this(uri, language, text, kind, origin, null);
    }
}
