package kz.edufusion.academy.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an uploaded lesson file is, from its bytes (never from its name or the browser's claim): PNG, JPEG, GIF or
 * WebP images; PDF, Word, Excel or PowerPoint (Office Open XML: a ZIP holding the part that names the format)
 * documents. SVG is not an image here (it may carry script). The file name must end with an extension of the type
 * found, so a page saved as {@code photo.png} is refused instead of being served under another name.
 */
enum AttachmentTypes {
    PNG("image/png", true, List.of("png")),
    JPEG("image/jpeg", true, List.of("jpg", "jpeg")),
    GIF("image/gif", true, List.of("gif")),
    WEBP("image/webp", true, List.of("webp")),
    PDF("application/pdf", false, List.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, List.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, List.of("xlsx")),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", false, List.of("pptx"));

    final String contentType;
    final boolean image;
    final List<String> extensions;

    AttachmentTypes(String contentType, boolean image, List<String> extensions) {
        this.contentType = contentType;
        this.image = image;
        this.extensions = extensions;
    }

    boolean fitsName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase());
    }

    static Optional<AttachmentTypes> of(byte[] b) {
        if (starts(b, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (starts(b, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (starts(b, 0, ascii("GIF87a")) || starts(b, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (starts(b, 0, ascii("RIFF")) && starts(b, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        if (starts(b, 0, ascii("%PDF-"))) {
            return Optional.of(PDF);
        }
        if (starts(b, 0, new byte[] {'P', 'K', 3, 4})) {
            return officeDocument(b);
        }
        return Optional.empty();
    }

    private static Optional<AttachmentTypes> officeDocument(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                switch (entry.getName()) {
                    case "word/document.xml": return Optional.of(DOCX);
                    case "xl/workbook.xml": return Optional.of(XLSX);
                    case "ppt/presentation.xml": return Optional.of(PPTX);
                    default: break;
                }
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean starts(byte[] bytes, int at, byte[] prefix) {
        return bytes.length >= at + prefix.length && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
    }
}
