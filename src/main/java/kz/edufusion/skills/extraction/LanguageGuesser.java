package kz.edufusion.skills.extraction;

/**
 * Guesses a token's language from its script: a Kazakh-specific letter (ә ғ қ ң ө ұ ү һ і) means Kazakh,
 * other Cyrillic means Russian, Latin means English, and anything else (digits, code) has no language.
 * Per token, so texts that mix the three languages are read word by word.
 */
final class LanguageGuesser {

    private static final String KAZAKH_LETTERS = "әғқңөұүһі";

    Language guess(String normalizedToken) {
        boolean cyrillic = false;
        boolean latin = false;
        for (int i = 0; i < normalizedToken.length(); i++) {
            char c = normalizedToken.charAt(i);
            if (KAZAKH_LETTERS.indexOf(c) >= 0) {
                return Language.KK;
            }
            if (c >= 'a' && c <= 'z') {
                latin = true;
            } else if (c >= 'а' && c <= 'я') {
                cyrillic = true;
            }
        }
        return cyrillic ? Language.RU : latin ? Language.EN : Language.ANY;
    }
}
