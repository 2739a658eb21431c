package kz.edufusion.common;

import java.util.List;
import java.util.Locale;

/** The platform's three languages, in the order the UI offers them. */
public final class Languages {

    public static final Locale KAZAKH = Locale.forLanguageTag("kk");
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(KAZAKH, RUSSIAN, ENGLISH);

    private Languages() {
    }

    public static boolean isSupported(String tag) {
        return tag != null && SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(tag));
    }

    /** The supported locale for a tag, or Kazakh (the state language) when the tag is unknown. */
    public static Locale orDefault(String tag) {
        return isSupported(tag) ? Locale.forLanguageTag(tag) : KAZAKH;
    }
}
