package kz.edufusion.common;

import java.io.Serializable;
import java.util.Locale;

/**
 * A text kept in the platform's three languages. Reading it in a language falls back to the others
 * (kk, then ru, then en) so a half-translated record still shows something rather than a blank.
 */
public record LocalizedText(String kk, String ru, String en) implements Serializable {

    public static LocalizedText of(String kk, String ru, String en) {
        return new LocalizedText(kk, ru, en);
    }

    public String in(Locale locale) {
        return in(locale == null ? "kk" : locale.getLanguage());
    }

    public String in(String language) {
        String preferred = switch (language == null ? "" : language) {
            case "ru" -> ru;
            case "en" -> en;
            default -> kk;
        };
        return firstPresent(preferred, kk, ru, en);
    }

    private static String firstPresent(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }
}
