package kz.edufusion.labormarket.normalize;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A 64-bit SimHash over word 3-shingles: texts that differ in a few words get hashes a few bits apart, so a
 * re-posted vacancy (same text, new id) is found by comparing hashes instead of texts.
 */
public final class SimHash {

    /**
     * Hashes at most this far apart (in bits) count as near-identical texts. Measured on the 462 distinct dev
     * descriptions: one word replaced moves the hash 0-12 bits (93% within 6, median 3, so 3 missed almost half),
     * while different texts stay 12+ bits apart except vacancies written from one template (4-8 bits).
     */
    public static final int NEAR_DUPLICATE_BITS = 6;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SimHash() {
    }

    /** The hash of a text's words (0 for a text without words, or null). */
    public static long of(String text) {
        if (text == null) {
            return 0;
        }
        // a text starting with punctuation would otherwise give an empty first "word"
        String[] words = java.util.Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.ROOT).replace('ё', 'е')))
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
        int[] weights = new int[64];
        int shingles = 0;
        for (int i = 0; i + 2 < words.length || (i == 0 && words.length > 0); i++) {
            String shingle = i + 2 < words.length ? words[i] + ' ' + words[i + 1] + ' ' + words[i + 2] : String.join(" ", words);
            long h = fnv1a64(shingle);
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
            }
            shingles++;
        }
        long hash = 0;
        for (int bit = 0; bit < 64 && shingles > 0; bit++) {
            if (weights[bit] > 0) {
                hash |= 1L << bit;
            }
        }
        return hash;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    public static boolean nearIdentical(long a, long b) {
        return distance(a, b) <= NEAR_DUPLICATE_BITS;
    }

    private static long fnv1a64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
