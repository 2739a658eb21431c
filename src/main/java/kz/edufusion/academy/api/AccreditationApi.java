package kz.edufusion.academy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.accreditation.AccreditationMarks;
import kz.edufusion.academy.accreditation.AccreditationProgress;
import kz.edufusion.academy.accreditation.Accreditations;
import kz.edufusion.academy.accreditation.CourseHistory;
import kz.edufusion.academy.accreditation.Criteria;
import kz.edufusion.academy.accreditation.AccreditationCriterion;
import kz.edufusion.academy.accreditation.AccreditationCriterionInput;
import kz.edufusion.academy.accreditation.DecisionInput;
import kz.edufusion.academy.accreditation.Reviewing;
import kz.edufusion.academy.accreditation.AccreditationSubmission;
import kz.edufusion.academy.accreditation.VerdictInput;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accreditation over REST. The owner submits a published version (409 for a draft or a second open submission);
 * QA reviewers of any agency read the queue, save verdicts and decide (403 for anyone else and for a reviewer of
 * their own course); the owner and QA reviewers read a course's history (404 for anyone else). Bad input is a 400
 * problem naming the field ({@code items[0].criterion}, {@code validUntil}, {@code reasons}).
 */
@RestController
@RequestMapping("/api/v1/academy/accreditation")
@Tag(name = "Academy accreditation", description = "Submissions of course versions, reviews against the checklist, decisions")
class AccreditationApi {

    private final Accreditations accreditations;
    private final Reviewing reviewing;
    private final Criteria criteria;
    private final AccreditationMarks marks;

    AccreditationApi(Accreditations accreditations, Reviewing reviewing, Criteria criteria, AccreditationMarks marks) {
        this.accreditations = accreditations;
        this.reviewing = reviewing;
        this.criteria = criteria;
        this.marks = marks;
    }

    record SubmitRequest(UUID courseId, UUID versionId, String note) {
    }

    record ReviewRequest(List<VerdictInput> items) {
    }

    record DecisionRequest(List<VerdictInput> items, DecisionInput decision) {
    }

    @PostMapping("/submissions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit a PUBLISHED version of your course for accreditation (one open submission per course)")
    AccreditationSubmission submit(@AuthenticationPrincipal CurrentUser user, @RequestBody SubmitRequest request) {
        if (request.courseId() == null) {
            throw DomainProblem.invalidField("courseId", "academy.accreditation.validation.course");
        }
        if (request.versionId() == null) {
            throw DomainProblem.invalidField("versionId", "academy.accreditation.validation.version");
        }
        return accreditations.submit(user, request.courseId(), request.versionId(), request.note());
    }

    @GetMapping("/queue")
    @Operation(summary = "Open submissions, oldest first (QA reviewers)")
    List<AccreditationSubmission> queue(@AuthenticationPrincipal CurrentUser user) {
        return accreditations.queue(user);
    }

    @GetMapping("/submissions/{id}")
    AccreditationSubmission submission(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return accreditations.submission(user, id);
    }

    @PutMapping("/submissions/{id}/review")
    @Operation(summary = "Save verdicts (MET, PARTLY_MET, NOT_MET) and comments by criterion code; starts the review with a snapshot of the criteria")
    AccreditationSubmission review(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody ReviewRequest request) {
        return reviewing.saveVerdicts(user, id, request.items());
    }

    @PostMapping("/submissions/{id}/decision")
    @Operation(summary = "Decide: CHANGES_REQUESTED or REJECTED with reasons, APPROVED with validFrom/validUntil (1 to 5 years)")
    AccreditationSubmission decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody DecisionRequest request) {
        return reviewing.decide(user, id, request.items(), request.decision());
    }

    @GetMapping("/courses/{courseId}/history")
    @Operation(summary = "A course's submissions, reviews and decisions, newest first (its owner and QA reviewers)")
    CourseHistory history(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID courseId) {
        return accreditations.history(user, courseId);
    }

    @GetMapping("/progress")
    @Operation(summary = "Courses accredited today against the target of 10 accredited online courses")
    AccreditationProgress progress() {
        return marks.progress();
    }

    @GetMapping("/criteria")
    List<AccreditationCriterion> criteria(@AuthenticationPrincipal CurrentUser user) {
        return criteria.all(user);
    }

    @PostMapping("/criteria")
    @ResponseStatus(HttpStatus.CREATED)
    UUID addCriterion(@AuthenticationPrincipal CurrentUser user, @RequestBody AccreditationCriterionInput input) {
        return criteria.add(user, input);
    }

    @PutMapping("/criteria/{id}")
    void updateCriterion(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody AccreditationCriterionInput input) {
        criteria.update(user, id, input);
    }

    @PostMapping("/criteria/{id}/deactivation")
    void deactivate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        criteria.setActive(user, id, false);
    }

    @DeleteMapping("/criteria/{id}")
    void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        criteria.delete(user, id);
    }
}
