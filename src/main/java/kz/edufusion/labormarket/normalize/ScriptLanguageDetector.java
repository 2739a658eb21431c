package kz.edufusion.labormarket.normalize;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Tells the three languages apart by script, word by word: Kazakh when enough Cyrillic words carry a
 * Kazakh-specific letter (ә ғ қ ң ө ұ ү һ і; a Russian text has them only in a few names such as "Қазақстан"),
 * Russian when Cyrillic words outnumber Latin ones, English when Latin ones do. IT vacancies in Russian are full
 * of English technology names, so words rather than letters are counted and a tie goes to Cyrillic.
 */
@Component
class ScriptLanguageDetector implements LanguageDetector {

    /** Fewer letters than this (a title, a stub) say too little. */
    static final int MIN_LETTERS = 20;
    /**
     * Share of Cyrillic words with a Kazakh letter from which a text counts as Kazakh. Kazakh prose has 50-75% of
     * them; a Russian vacancy with a Kazakh introduction (a dev file's ForteBank one) has 28%, Russian with a few
     * Kazakh names far less.
     */
    static final double KAZAKH_WORD_SHARE = 0.4;

    private static final String KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

    @Override
    public Optional<String> detect(String plainText) {
        if (plainText == null) {
            return Optional.empty();
        }
        int letters = 0;
        int cyrillicWords = 0;
        int kazakhWords = 0;
        int latinWords = 0;
        boolean cyrillic = false;
        boolean kazakh = false;
        boolean latin = false;
        for (int i = 0; i <= plainText.length(); i++) {
            char c = i < plainText.length() ? plainText.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) {
                    cyrillic = true;
                    kazakh |= KAZAKH_LETTERS.indexOf(c) >= 0;
                } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin = true;
                }
                continue;
            }
            // a word ends; a mixed word (a Cyrillic look-alike inside a Latin one) counts for its Cyrillic part
            if (cyrillic) {
                cyrillicWords++;
                kazakhWords += kazakh ? 1 : 0;
            } else if (latin) {
                latinWords++;
            }
            cyrillic = kazakh = latin = false;
        }
        if (letters < MIN_LETTERS || cyrillicWords + latinWords == 0) {
            return Optional.empty();
        }
        if (cyrillicWords >= latinWords) {
            return Optional.of(kazakhWords >= KAZAKH_WORD_SHARE * cyrillicWords ? "kk" : "ru");
        }
        return Optional.of("en");
    }
}
