package kz.edufusion.placements.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kz.edufusion.placements.supervision.AttachmentFile;
import kz.edufusion.placements.supervision.AttachmentUpload;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Diary files in and out, for the pages and the API alike: uploads as they arrived, downloads as attachments (nosniff). */
public final class FileTransfers {

    private FileTransfers() {
    }

    public static ResponseEntity<byte[]> download(AttachmentFile file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    /** The files sent, empty file inputs left out. */
    public static List<AttachmentUpload> uploads(List<MultipartFile> files) throws IOException {
        List<AttachmentUpload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                if (file != null && !file.isEmpty()) {
                    uploads.add(new AttachmentUpload(file.getOriginalFilename(), file.getBytes()));
                }
            }
        }
        return uploads;
    }
}
