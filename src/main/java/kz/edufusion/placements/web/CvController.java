package kz.edufusion.placements.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.domain.Applications;
import kz.edufusion.placements.domain.CvFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An application's CV, for its student, the offer's company and the student's coordinators only. */
@Controller
class CvController {

    private final Applications applications;

    CvController(Applications applications) {
        this.applications = applications;
    }

    @GetMapping("/placements/applications/{id}/cv")
    ResponseEntity<byte[]> cv(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        CvFile cv = applications.cv(user, id);
        if (cv == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(cv.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(cv.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(cv.content());
    }
}
