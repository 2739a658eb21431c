package kz.edufusion.skills.extraction;

import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.ru.RussianLightStemmer;

/**
 * Stems a normalized token by its language: Lucene's RussianLightStemmer for Russian, Lucene's
 * EnglishMinimalStemmer (plural forms) for English, our KazakhLightStemmer for Kazakh. Code-like tokens
 * (C#, .net, node.js, 1c, ci/cd) and tokens without a language are kept whole. Stateless and thread-safe.
 */
final class TokenStemmer {

    private final RussianLightStemmer russian = new RussianLightStemmer();
    private final EnglishMinimalStemmer english = new EnglishMinimalStemmer();
    private final KazakhLightStemmer kazakh = new KazakhLightStemmer();

    String stem(String token, Language language, boolean codeLike) {
        if (codeLike || language == Language.ANY) {
            return token;
        }
        char[] chars = token.toCharArray();
        int length = switch (language) {
            case RU -> russian.stem(chars, chars.length);
            case EN -> english.stem(chars, chars.length);
            case KK -> kazakh.stem(chars, chars.length);
            case ANY -> chars.length;
        };
        return length == chars.length ? token : new String(chars, 0, length);
    }
}
