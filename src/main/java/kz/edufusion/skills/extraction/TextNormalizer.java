package kz.edufusion.skills.extraction;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalizes one token: Unicode NFKC, lower case, "ё" as "е", and Cyrillic/Latin look-alike letters
 * unified where the token shows which script it means: "С#" or "1С" written with a Cyrillic С become
 * "c#" and "1c"; a Cyrillic word with a stray Latin "o" gets its Cyrillic "о" back. A token whose letters
 * are all Cyrillic look-alikes and has no code symbol (the preposition "с") is left alone.
 */
final class TextNormalizer {

    private static final String CYRILLIC = "авекмнорстухі";
    private static final String LATIN = "abekmhopctyxi";

    String normalize(String token) {
        String s = isAsciiLower(token) ? token
                : (needsNfkc(token) ? Normalizer.normalize(token, Normalizer.Form.NFKC) : token).toLowerCase(Locale.ROOT);
        if (s.indexOf('ё') >= 0) {
            s = s.replace('ё', 'е');
        }
        return unifyScripts(s);
    }

    private static boolean isAsciiLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127 || (c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** ASCII and precomposed Cyrillic are NFKC already; only other characters (ligatures, full-width, combining marks) need it. */
    private static boolean needsNfkc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127 && (c < 0x0400 || c > 0x04FF)) {
                return true;
            }
        }
        return false;
    }

    private static String unifyScripts(String s) {
        boolean cyrillic = false;
        boolean cyrillicProper = false;
        boolean latin = false;
        boolean latinProper = false;
        boolean other = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                latin = true;
                latinProper |= LATIN.indexOf(c) < 0;
            } else if (c >= 0x0400 && c <= 0x04FF) {
                cyrillic = true;
                cyrillicProper |= CYRILLIC.indexOf(c) < 0;
            } else {
                other = true;
            }
        }
        if (!cyrillic) {
            return s;
        }
        if (!cyrillicProper && (latin || other)) {
            return translate(s, CYRILLIC, LATIN);
        }
        if (latin && !latinProper) {
            return translate(s, LATIN, CYRILLIC);
        }
        return s;
    }

    private static String translate(String s, String from, String to) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            int at = from.indexOf(chars[i]);
            if (at >= 0) {
                chars[i] = to.charAt(at);
            }
        }
        return new String(chars);
    }
}
