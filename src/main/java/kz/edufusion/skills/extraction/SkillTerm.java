package kz.edufusion.skills.extraction;

import java.util.Map;
import java.util.Objects;

/**
 * One way of writing a skill: the skill's URI, the term's language, its text and kind, the skill's preferred
 * label per language and its broader concept's URI (null if none); the last two are shared by all terms of a
 * skill. The broader concept lets the dictionary give a term that a skill shares with its broader concept to
 * the narrower skill only.
 */
public record SkillTerm(String uri, Language language, String text, TermKind kind, Map<Language, String> preferredLabels,
        String broaderUri) {

    public SkillTerm {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        preferredLabels = preferredLabels == null ? Map.of() : preferredLabels;
        broaderUri = broaderUri == null || broaderUri.isBlank() ? null : broaderUri.strip();
    }

    /** A term of a skill without a known broader concept. */
    public SkillTerm(String uri, Language language, String text, TermKind kind, Map<Language, String> preferredLabels) {
        this(uri, language, text, kind, preferredLabels, null);
    }
}
