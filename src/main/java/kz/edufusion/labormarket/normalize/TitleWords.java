package kz.edufusion.labormarket.normalize;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a vacancy title as the occupation patterns see them: lower case, ё as е, "+" and "#" kept (C++,
 * C#), a Cyrillic "с" in a code word read as Latin (titles write "1С" and "С++" both ways), and every two
 * neighbouring words also joined, so "Front-end", "front end" and "frontend" meet.
 */
final class TitleWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}+#]+");

    private TitleWords() {
    }

    static Set<String> of(String title) {
        Matcher m = WORD.matcher(normalize(title));
        List<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(codeWord(m.group()));
        }
        Set<String> all = new LinkedHashSet<>(words);
        for (int i = 0; i + 1 < words.size(); i++) {
            all.add(words.get(i) + words.get(i + 1));
        }
        return all;
    }

    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** One word as {@link #of} gives it (for the curated patterns' own words). */
    static String word(String text) {
        return codeWord(normalize(text));
    }

    private static String codeWord(String word) {
        boolean code = false;
        for (int i = 0; i < word.length() && !code; i++) {
            char c = word.charAt(i);
            code = Character.isDigit(c) || c == '+' || c == '#';
        }
        return code ? word.replace('с', 'c') : word;
    }
}
