package kz.edufusion.skills.extraction;

import java.util.Locale;
import java.util.Optional;

/** The languages the engine reads; ANY is a term or token without a language (code, digits). */
public enum Language {
    KK, RU, EN, ANY;

    public String code() {
        return this == ANY ? "any" : name().toLowerCase(Locale.ROOT);
    }

    /** "kk", "ru", "en" or "any" (case-insensitive); empty for anything else. */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
