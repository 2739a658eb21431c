package kz.edufusion.labormarket.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import kz.edufusion.common.csv.ImportFailure;

/**
 * A file's bytes as text. The encoding is read from the bytes unless a mapping names one: a UTF-8 byte order mark,
 * or the first 64 KB being UTF-8 (valid, or with more valid multi-byte characters than broken sequences: a UTF-8
 * file with a pasted windows-1251 row), means UTF-8; anything else is taken as windows-1251 (Kazakh and Russian
 * exports from Windows, in which valid UTF-8 sequences hardly ever occur). Bytes that do not decode become U+FFFD, and the row holding one is rejected later, so a
 * file with one row in another encoding loses that row only.
 */
record DecodedInput(Reader reader, Charset charset, CountingInputStream counter) {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final int SNIFF = 64 * 1024;

    static DecodedInput open(InputStream raw, String encoding) throws IOException {
        CountingInputStream counter = new CountingInputStream(raw);
        BufferedInputStream in = new BufferedInputStream(counter, 1 << 16);
        Charset charset = encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("auto")
                ? detect(in) : named(encoding);
        if (charset.equals(StandardCharsets.UTF_8)) {
            skipByteOrderMark(in);
        }
        return new DecodedInput(new InputStreamReader(in, charset), charset, counter);
    }

    /** "UTF-8" or "windows-1251": how the run records it. */
    String encoding() {
        return charset.name();
    }

    static Charset detect(BufferedInputStream in) throws IOException {
        in.mark(SNIFF + 1);
        byte[] head = in.readNBytes(SNIFF);
        boolean complete = in.read() < 0;
        in.reset();
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        return looksLikeUtf8(head, complete) ? StandardCharsets.UTF_8 : WINDOWS_1251;
    }

    private static boolean looksLikeUtf8(byte[] bytes, boolean complete) {
        long valid = 0;
        long broken = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 1) {
                i++;
                continue;
            }
            if (length > 0 && i + length > bytes.length && !complete) {
                break; // a character cut at the 64 KB edge is no error
            }
            boolean ok = length > 0 && i + length <= bytes.length;
            for (int k = 1; ok && k < length; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += length;
            } else {
                broken++;
                i++;
            }
        }
        return broken == 0 || valid > broken;
    }

    private static Charset named(String encoding) {
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ImportFailure("unknown encoding '" + encoding + "'");
        }
    }

    private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }
}
