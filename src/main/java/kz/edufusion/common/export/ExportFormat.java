package kz.edufusion.common.export;

import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;

/** The download formats of every table: CSV for any tool, XLSX for Excel users. */
public enum ExportFormat {

    CSV("csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private final String extension;
    private final MediaType mediaType;

    ExportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** The format of a file extension (csv, xlsx), if it is one. */
    public static Optional<ExportFormat> of(String extension) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(extension == null ? "" : extension.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
