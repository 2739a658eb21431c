package kz.edufusion.skills.extraction;

import java.util.Map;
import java.util.Objects;

/**
 * One way of writing a skill: the skill's URI, the term's language, its text and kind, and the skill's
 * preferred label per language (shared by all terms of a skill).
 */
public record SkillTerm(String uri, Language language, String text, TermKind kind, Map<Language, String> preferredLabels) {

    public SkillTerm {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        preferredLabels = preferredLabels == null ? Map.of() : preferredLabels;
    }
}
