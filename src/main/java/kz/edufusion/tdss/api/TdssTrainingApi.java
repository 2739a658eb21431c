package kz.edufusion.tdss.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.tdss.domain.CohortInput;
import kz.edufusion.tdss.domain.CohortView;
import kz.edufusion.tdss.domain.Cohorts;
import kz.edufusion.tdss.domain.ExternalInput;
import kz.edufusion.tdss.domain.ProgramInput;
import kz.edufusion.tdss.domain.ProgramView;
import kz.edufusion.tdss.domain.TrainingLedger;
import kz.edufusion.tdss.domain.TrainingPrograms;
import kz.edufusion.tdss.domain.TrainingRecord;
import kz.edufusion.tdss.domain.TrainingRecords;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Training: programs (coordinators for their institution, platform administrators platform-wide), cohorts with
 * sessions and attendance (coordinators of the cohort's institution), the educator's own training record and
 * external records with evidence, confirmed or rejected by a coordinator of their institution.
 */
@RestController
@RequestMapping("/api/v1/tdss")
@Tag(name = "Teacher training", description = "Training programs, cohorts, attendance and educators' training records")
class TdssTrainingApi {

    private final TrainingPrograms programs;
    private final Cohorts cohorts;
    private final TrainingRecords records;

    TdssTrainingApi(TrainingPrograms programs, Cohorts cohorts, TrainingRecords records) {
        this.programs = programs;
        this.cohorts = cohorts;
        this.records = records;
    }

    record MemberRequest(UUID personId) {
    }

    record SessionRequest(LocalDate heldOn, String topic) {
    }

    record AttendanceRequest(Set<UUID> present) {
    }

    record ReasonRequest(String reason) {
    }

    @GetMapping("/programs")
    @Operation(summary = "Programs of the platform and of the caller's institutions")
    List<ProgramView> programs(@AuthenticationPrincipal CurrentUser user) {
        return programs.visible(user);
    }

    @PostMapping("/programs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a PLATFORM_COURSE (a published academy course) or EXTERNAL program")
    ProgramView addProgram(@AuthenticationPrincipal CurrentUser user, @RequestBody ProgramInput request) {
        return programs.add(user, request);
    }

    @GetMapping("/cohorts")
    @Operation(summary = "Cohorts of the coordinator's institutions")
    List<CohortView> cohorts(@AuthenticationPrincipal CurrentUser user) {
        return cohorts.list(user);
    }

    @PostMapping("/cohorts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a cohort of a program: dates, capacity, completion share of sessions attended")
    CohortView open(@AuthenticationPrincipal CurrentUser user, @RequestBody CohortInput request) {
        return cohorts.open(user, request);
    }

    @GetMapping("/cohorts/{id}")
    @Operation(summary = "One cohort with members, sessions and attendance")
    CohortView cohort(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return cohorts.get(user, id);
    }

    @PostMapping("/cohorts/{id}/members")
    @Operation(summary = "Add an educator of the institution to the cohort")
    CohortView addMember(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody MemberRequest request) {
        return cohorts.addMember(user, id, request.personId());
    }

    @PostMapping("/cohorts/{id}/sessions")
    @Operation(summary = "Schedule a session within the cohort's dates")
    CohortView addSession(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody SessionRequest request) {
        return cohorts.addSession(user, id, request.heldOn(), request.topic());
    }

    @PutMapping("/cohorts/{id}/sessions/{session}/attendance")
    @Operation(summary = "Mark who was present (everyone else absent); completes members reaching the share")
    CohortView attendance(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID session,
            @RequestBody AttendanceRequest request) {
        return cohorts.markAttendance(user, id, session, request.present());
    }

    @GetMapping("/training/mine")
    @Operation(summary = "The caller's training record")
    List<TrainingRecord> mine(@AuthenticationPrincipal CurrentUser user) {
        return records.mine(user);
    }

    @GetMapping("/training/mine/summary")
    @Operation(summary = "The caller's confirmed hours, international hours and completed programs")
    TrainingLedger.Summary summary(@AuthenticationPrincipal CurrentUser user) {
        return records.summary(user);
    }

    @PostMapping(path = "/training/external", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an external or international training with hours and evidence (PENDING until confirmed)")
    TrainingRecord external(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String title,
            @RequestParam(required = false) String provider, @RequestParam(required = false) String level,
            @RequestParam(required = false) BigDecimal hours, @RequestParam(required = false) LocalDate completedOn,
            @RequestParam(required = false) UUID programId, @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        return records.recordExternal(user, new ExternalInput(title, provider, level, hours, completedOn, programId),
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
    }

    @GetMapping("/training/pending")
    @Operation(summary = "External records of the coordinator's institutions waiting for a decision")
    List<TrainingRecord> pending(@AuthenticationPrincipal CurrentUser user) {
        return records.pending(user);
    }

    @PostMapping("/training/{id}/confirm")
    @Operation(summary = "Confirm an external record: it now counts")
    TrainingRecord confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return records.confirm(user, id);
    }

    @PostMapping("/training/{id}/reject")
    @Operation(summary = "Reject an external record with a reason")
    TrainingRecord reject(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestBody(required = false) ReasonRequest request) {
        return records.reject(user, id, request == null ? null : request.reason());
    }

    @GetMapping("/training/{id}/evidence")
    @Operation(summary = "The evidence of an external record")
    ResponseEntity<byte[]> evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return TdssPlansApi.file(records.evidence(user, id));
    }
}
