package kz.edufusion.placements.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.supervision.AssignmentCommand;
import kz.edufusion.placements.supervision.DiaryView;
import kz.edufusion.placements.supervision.EntryCommand;
import kz.edufusion.placements.supervision.MentorApprovals;
import kz.edufusion.placements.supervision.PlanView;
import kz.edufusion.placements.supervision.PracticePlan;
import kz.edufusion.placements.supervision.SupervisionPage;
import kz.edufusion.placements.supervision.TraineeDiary;
import kz.edufusion.placements.web.FileTransfers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Supervision over REST: the practice plan, the trainee diary (entries as multipart forms with their attachments),
 * comments, and the mentor's approvals. Every call starts from the caller's part in the placement; anything else is 404.
 */
@RestController
@RequestMapping("/api/v1/placements")
@Tag(name = "Internship supervision", description = "Practice plans, trainee diaries, comments and mentor approvals")
class SupervisionApi {

    private final PracticePlan plan;
    private final TraineeDiary diary;
    private final MentorApprovals approvals;

    SupervisionApi(PracticePlan plan, TraineeDiary diary, MentorApprovals approvals) {
        this.plan = plan;
        this.diary = diary;
        this.approvals = approvals;
    }

    @GetMapping("/placements/{id}/plan")
    PlanView plan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return plan.plan(user, id);
    }

    @PostMapping("/placements/{id}/plan/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The tutor, the mentor or the university's coordinator adds an assignment (outcome codes, skill URIs)")
    Map<String, UUID> addAssignment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestBody AssignmentCommand command) {
        return Map.of("id", plan.add(user, id, command));
    }

    @PutMapping("/placements/{id}/plan/assignments/{assignmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Replaces an assignment; skillUris null keeps its skills")
    void updateAssignment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID assignmentId,
            @RequestBody AssignmentCommand command) {
        plan.update(user, id, assignmentId, command);
    }

    @DeleteMapping("/placements/{id}/plan/assignments/{assignmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeAssignment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID assignmentId) {
        plan.remove(user, id, assignmentId);
    }

    @GetMapping("/placements/{id}/diary")
    DiaryView diary(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return diary.diary(user, id);
    }

    @PostMapping(path = "/placements/{id}/diary", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The student logs a day: date, hours, workDone, assignmentId (optional), files (PDF, PNG, JPEG, DOCX)")
    Map<String, UUID> log(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) String date, @RequestParam(required = false) String hours,
            @RequestParam(required = false) String workDone, @RequestParam(required = false) String assignmentId,
            @RequestParam(required = false) List<MultipartFile> files) throws IOException {
        return Map.of("id", diary.log(user, id, new EntryCommand(date, hours, workDone, assignmentId), FileTransfers.uploads(files)));
    }

    @PostMapping(path = "/placements/{id}/diary/{entryId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The student changes an entry still submitted or returned; removeAttachment ids drop files")
    void edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID entryId,
            @RequestParam(required = false) String date, @RequestParam(required = false) String hours,
            @RequestParam(required = false) String workDone, @RequestParam(required = false) String assignmentId,
            @RequestParam(required = false) List<MultipartFile> files,
            @RequestParam(required = false) List<UUID> removeAttachment) throws IOException {
        diary.edit(user, id, entryId, new EntryCommand(date, hours, workDone, assignmentId), FileTransfers.uploads(files), removeAttachment);
    }

    @PostMapping("/diary-entries/{entryId}/comments")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void comment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID entryId, @RequestBody CommentRequest request) {
        diary.comment(user, entryId, request.body());
    }

    @PostMapping("/diary-entries/approve")
    @Operation(summary = "The mentor approves entries of their mentees in one transaction; any other id refuses the lot with 404")
    Map<String, Integer> approve(@AuthenticationPrincipal CurrentUser user, @RequestBody ApproveRequest request) {
        return Map.of("approved", approvals.approve(user, request.entryIds()));
    }

    @PostMapping("/diary-entries/{entryId}/return")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The mentor returns a submitted entry to the student with a comment")
    void returnEntry(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID entryId, @RequestBody ReturnRequest request) {
        approvals.returnEntry(user, entryId, request.comment());
    }

    @GetMapping("/supervision")
    @Operation(summary = "The caller's mentees' pending entries and their tutored and mentored placements with late status")
    SupervisionPage supervision(@AuthenticationPrincipal CurrentUser user) {
        return approvals.page(user);
    }

    @GetMapping("/diary-attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID attachmentId) {
        return FileTransfers.download(diary.attachment(user, attachmentId));
    }

    record CommentRequest(String body) {
    }

    record ApproveRequest(List<UUID> entryIds) {
    }

    record ReturnRequest(String comment) {
    }
}
