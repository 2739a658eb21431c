package kz.edufusion.labormarket.imports;

import java.nio.file.Path;

/**
 * One file to import: where it is, how it is laid out ({@code mapping} names a saved column mapping, for
 * {@link ImportFormat#MAPPED} only), the name to show for it and who started the run.
 */
public record ImportRequest(Path file, String fileName, ImportFormat format, String mapping, String startedBy) {
}
