package kz.edufusion.academy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.academy.domain.AssignmentPage;
import kz.edufusion.academy.domain.AssignmentWork;
import kz.edufusion.academy.domain.SubmissionUpload;
import kz.edufusion.academy.domain.SubmissionView;
import kz.edufusion.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A learner's assignments over REST: an assignment of the version they follow with their own attempts and grades,
 * and handing in (multipart: {@code text} and/or {@code file}). Anyone not enrolled on the version gets 404; a
 * submission is visible to its learner and the course's owner only (404 to others).
 */
@RestController
@RequestMapping("/api/v1/academy")
@Tag(name = "Academy assignments (learners)", description = "Reading assignments, handing in, seeing grades")
class AssignmentApi {

    private final AssignmentWork work;

    AssignmentApi(AssignmentWork work) {
        this.work = work;
    }

    @GetMapping("/assignments/{id}")
    AssignmentPage assignment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Locale locale) {
        return work.page(user, id, locale.getLanguage());
    }

    @PostMapping(path = "/assignments/{id}/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Hand in an attempt: text and/or a file (type checked by content, size by the assignment's limit)")
    SubmissionView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) String text, @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        UUID submissionId = work.submit(user, id, new SubmissionUpload(text, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes()));
        return work.submission(user, submissionId);
    }

    @GetMapping("/submissions/{id}")
    SubmissionView submission(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return work.submission(user, id);
    }
}
