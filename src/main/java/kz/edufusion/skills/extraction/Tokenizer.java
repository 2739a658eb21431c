package kz.edufusion.skills.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into tokens. Letters and digits make words; '#', '+', '.', '/' inside or at the end of a
 * word keep code-like names whole ("C#", "C++", ".NET", "Node.js", "CI/CD", "PL/SQL"), except where they
 * join two ordinary words ("PostgreSQL/MySQL", "Java.Опыт"), which are split. Hyphens always split
 * ("бизнес-анализ", "Full-Stack"), in terms and texts alike.
 */
final class Tokenizer {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final LanguageGuesser languages = new LanguageGuesser();
    private final TokenStemmer stemmer = new TokenStemmer();

    List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c) && !(c == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < n && (isWordChar(text.charAt(i)) || isJoiner(text.charAt(i)))) {
                i++;
            }
            split(text, start, i, tokens);
        }
        return kazakhContext(tokens);
    }

    /**
     * Many Kazakh words use no Kazakh-specific letter ("деректер"); next to a word that does, a Cyrillic
     * word is taken as Kazakh and stemmed so, in terms and texts alike.
     */
    private List<Token> kazakhContext(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.language() == Language.RU && !token.codeLike()
                    && ((i > 0 && tokens.get(i - 1).language() == Language.KK)
                    || (i + 1 < tokens.size() && tokens.get(i + 1).language() == Language.KK))) {
                tokens.set(i, new Token(token.start(), token.end(), token.surface(), token.normalized(),
                        stemmer.stem(token.normalized(), Language.KK, false), Language.KK, false));
            }
        }
        return tokens;
    }

    private void split(String text, int start, int end, List<Token> out) {
        // trailing punctuation that never belongs to a name
        while (end > start && isTrailingJunk(text, start, end)) {
            end--;
        }
        if (end <= start) {
            return;
        }
        for (int i = start + 1; i < end - 1; i++) {
            char c = text.charAt(i);
            if (c == '-' || (c == '/' && !shortPair(text, start, i, end)) || (c == '.' && !dottedName(text, start, i, end))) {
                split(text, start, i, out);
                split(text, i + 1, end, out);
                return;
            }
        }
        String surface = text.substring(start, end);
        if (surface.equals("-") || surface.equals("+") || surface.equals("#")) {
            return;
        }
        String normalized = normalizer.normalize(surface);
        boolean codeLike = isCodeLike(normalized);
        Language language = languages.guess(normalized);
        out.add(new Token(start, end, surface, normalized, stemmer.stem(normalized, language, codeLike), language, codeLike));
    }

    private static boolean isTrailingJunk(String text, int start, int end) {
        char last = text.charAt(end - 1);
        if (last == '.' || last == '/' || last == '-' || last == '_') {
            return true;
        }
        if (last == '+' || last == '#') {
            // "C++", "C#", "F#" keep their symbols; a lone or doubled symbol after digits or nothing does not
            int i = end - 1;
            while (i > start && (text.charAt(i - 1) == '+' || text.charAt(i - 1) == '#')) {
                i--;
            }
            return i == start || !Character.isLetter(text.charAt(i - 1));
        }
        return false;
    }

    /** "CI/CD", "TCP/IP", "UI/UX", "PL/SQL": both sides of the slash at most three characters long. */
    private static boolean shortPair(String text, int start, int slash, int end) {
        int left = slash - start;
        int right = end - slash - 1;
        int next = text.indexOf('/', slash + 1);
        if (next > 0 && next < end) {
            right = next - slash - 1;
        }
        return left <= 3 && right <= 3 && left > 0 && right > 0;
    }

    /** "Node.js", "ASP.NET", "Vue.js": a Latin name, a dot, and a short Latin ending. */
    private static boolean dottedName(String text, int start, int dot, int end) {
        int next = dot + 1;
        while (next < end && text.charAt(next) != '.' && text.charAt(next) != '/' && text.charAt(next) != '-') {
            next++;
        }
        if (next - dot - 1 > 4 || next - dot - 1 == 0) {
            return false;
        }
        return isLatin(text, start, dot) && isLatin(text, dot + 1, next);
    }

    private static boolean isLatin(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c > 127) {
                return false;
            }
        }
        return true;
    }

    static boolean isCodeLike(String normalized) {
        boolean digit = false;
        boolean letter = false;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == '#' || c == '+' || c == '.' || c == '/' || c == '_') {
                return true;
            }
            digit |= Character.isDigit(c);
            letter |= Character.isLetter(c);
        }
        return digit && letter;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isJoiner(char c) {
        return c == '#' || c == '+' || c == '.' || c == '/' || c == '-' || c == '_';
    }
}
