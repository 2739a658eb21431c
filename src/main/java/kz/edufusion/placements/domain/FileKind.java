package kz.edufusion.placements.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file the placements module accepts (CVs, diary attachments), recognised by their bytes, never by the
 * name or the browser's claim: a PDF starts with {@code %PDF-}, a PNG with its 8-byte signature, a JPEG with
 * {@code FF D8 FF}, a DOCX is a ZIP holding {@code word/document.xml}.
 */
public enum FileKind {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PNG("image/png"),
    JPEG("image/jpeg");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String contentType;

    FileKind(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The first of the allowed kinds the bytes are, if any. */
    public static Optional<FileKind> of(byte[] bytes, Collection<FileKind> allowed) {
        return allowed.stream().filter(kind -> kind.matches(bytes)).findFirst();
    }

    /** The name to keep for an upload: the browser's name stripped and cut to 200 characters, or the fallback. */
    public static String storedName(String given, String fallback) {
        String name = given == null || given.isBlank() ? fallback : given.strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    boolean matches(byte[] bytes) {
        return switch (this) {
            case PDF -> startsWith(bytes, PDF_MAGIC);
            case PNG -> startsWith(bytes, PNG_MAGIC);
            case JPEG -> startsWith(bytes, JPEG_MAGIC);
            case DOCX -> startsWith(bytes, ZIP_MAGIC) && holdsWordDocument(bytes);
        };
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes != null && bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean holdsWordDocument(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("word/document.xml".equals(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
