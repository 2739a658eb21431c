package kz.edufusion.placements.evaluation;

import java.security.SecureRandom;

/**
 * Public verification codes: 128 bits from {@link SecureRandom} written in RFC 4648 base32 (lower case, no padding),
 * 26 characters of a-z and 2-7, so a code cannot be guessed and reads unambiguously on paper (no 0/O, 1/l).
 */
final class VerificationCodes {

    static final int LENGTH = 26;
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return base32(bytes);
    }

    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }

    /** Whether a text has the shape of a code (checked before any lookup). */
    static boolean wellFormed(String code) {
        return code != null && code.matches("[a-z2-7]{" + LENGTH + "}");
    }
}
