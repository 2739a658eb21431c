package kz.edufusion.skills.extraction;

/**
 * A light Kazakh stemmer: repeatedly strips the commonest inflectional suffixes from the end of a
 * lower-case word - case endings (genitive -ның/-нің/-дың/-дің/-тың/-тің, dative -ға/-ге/-қа/-ке/-на/-не,
 * accusative -ды/-ді/-ты/-ті/-ны/-ні, locative -да/-де/-та/-те, ablative -дан/-ден/-тан/-тен/-нан/-нен,
 * instrumental -мен/-бен/-пен, and the same after a possessive with the pronominal -н-: -ын/-ін, -ында/-інде, -ына/-іне),
 * the possessive -сы/-сі/-ы/-і and the plural -лар/-лер/-дар/-дер/-тар/-тер - while the stem keeps at
 * least {@value #MIN_STEM} letters. It does not know derivation; both the dictionary and the texts go
 * through it, so over-stemming costs little.
 */
public final class KazakhLightStemmer {

    static final int MIN_STEM = 3;

    private static final String[] CASE_ENDINGS = byLengthDescending(
        // after a possessive: the pronominal -н- (тілін, тілінде, базасына), possessive included where it is -сы/-сі
        "сына", "сіне", "сында", "сінде", "сынан", "сінен", "сын", "сін",
        "ына", "іне", "ында", "інде", "ынан", "інен", "ын", "ін",
        "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен",
        "ның", "нің", "дың", "дің", "тың", "тің",
        "ға", "ге", "қа", "ке", "на", "не",
        "ды", "ді", "ты", "ті", "ны", "ні",
        "да", "де", "та", "те");
    private static final String[] POSSESSIVE = {"сы", "сі", "ы", "і"};
    private static final String[] PLURAL = {"лар", "лер", "дар", "дер", "тар", "тер"};

    private static String[] byLengthDescending(String... suffixes) {
        return java.util.Arrays.stream(suffixes).sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .toArray(String[]::new);
    }

    /** Stems the first len characters of s in place and returns the new length. */
    public int stem(char[] s, int len) {
        len = strip(s, len, CASE_ENDINGS);
        len = strip(s, len, POSSESSIVE);
        return strip(s, len, PLURAL);
    }

    public String stem(String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, stem(chars, chars.length));
    }

    private static int strip(char[] s, int len, String[] suffixes) {
        for (String suffix : suffixes) {
            if (len - suffix.length() >= MIN_STEM && endsWith(s, len, suffix)) {
                return len - suffix.length();
            }
        }
        return len;
    }

    private static boolean endsWith(char[] s, int len, String suffix) {
        int offset = len - suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            if (s[offset + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
