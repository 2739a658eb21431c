package kz.edufusion.labormarket.normalize;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A 64-bit SimHash over word 3-shingles: texts that differ in a few words get hashes a few bits apart, so a
 * re-posted vacancy (same text, new id) is found by comparing hashes instead of texts.
 */
public final class SimHash {

    /** Hashes at most this far apart (in bits) count as near-identical texts. */
    public static final int NEAR_DUPLICATE_BITS = 3;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SimHash() {
    }

    public static long of(String text) {
        String[] words = NON_WORD.split(text.toLowerCase(Locale.ROOT).strip());
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
