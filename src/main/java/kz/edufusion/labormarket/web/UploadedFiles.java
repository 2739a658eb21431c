package kz.edufusion.labormarket.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.labormarket.imports.ImportFormat;
import kz.edufusion.labormarket.imports.ImportRequest;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded vacancy files go to a temp file (the import reads them from disk in the background and deletes them at
 * the end), never into memory; pages and the API share this.
 */
public final class UploadedFiles {

    private UploadedFiles() {
    }

    public static ImportRequest store(MultipartFile file, ImportFormat format, String mapping, CurrentUser user) {
        try {
            Path target = Files.createTempFile("edufusion-vacancies-", ".upload");
            file.transferTo(target);
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? "upload" : Path.of(file.getOriginalFilename()).getFileName().toString();
            return new ImportRequest(target, name, format, format == ImportFormat.MAPPED ? mapping : null, user.getUsername());
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be stored", e);
        }
    }

    public static void discard(ImportRequest request) {
        try {
            Files.deleteIfExists(request.file());
        } catch (IOException e) {
            // a temp file left behind is removed by the system's temp cleaning
        }
    }
}
