package kz.edufusion.programs.domain;

import java.util.Locale;

/** Input clean-up shared by forms, the API and imports: trimmed text, blank means absent. */
public final class Texts {

    private Texts() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    public static String upper(String text) {
        String clean = clean(text);
        return clean == null ? null : clean.toUpperCase(Locale.ROOT);
    }
}
