package kz.edufusion.academy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.academy.domain.AuthoringView;
import kz.edufusion.academy.domain.Authoring;
import kz.edufusion.academy.domain.ChecklistAnswer;
import kz.edufusion.academy.domain.CourseContent;
import kz.edufusion.academy.domain.CourseDetails;
import kz.edufusion.academy.domain.LearnerRow;
import kz.edufusion.academy.domain.Learning;
import kz.edufusion.academy.domain.LessonInput;
import kz.edufusion.academy.domain.OutcomeInput;
import kz.edufusion.academy.domain.VersionView;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Authoring over REST, for a course's owner only: any other caller gets 404 for the course and its versions; a
 * caller who is neither educator nor coordinator cannot create one (403). A published version answers 409 to every
 * change; {@code POST /courses/{id}/drafts} starts the next draft copied from it.
 */
@RestController
@RequestMapping("/api/v1/academy/authoring")
@Tag(name = "Academy authoring", description = "Courses, versions, modules, lessons, outcomes and checklists of their owner")
class AuthoringApi {

    private final Authoring authoring;
    private final CourseContent content;
    private final Learning learning;

    AuthoringApi(Authoring authoring, CourseContent content, Learning learning) {
        this.authoring = authoring;
        this.content = content;
        this.learning = learning;
    }

    @GetMapping("/courses")
    List<VersionView> mine(@AuthenticationPrincipal CurrentUser user) {
        return authoring.mine(user);
    }

    @PostMapping("/courses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A new course with its first draft (educators and coordinators)")
    AuthoringView create(@AuthenticationPrincipal CurrentUser user, @RequestBody CourseDetails details) {
        return authoring.overview(user, authoring.create(user, details));
    }

    @GetMapping("/courses/{id}")
    @Operation(summary = "The course as its owner sees it: the draft (or published version), outline, outcomes, checklist, versions")
    AuthoringView course(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return authoring.overview(user, id);
    }

    @PostMapping("/courses/{id}/drafts")
    @Operation(summary = "The course's draft: the existing one, or a copy of the published version")
    VersionView draft(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return authoring.startDraft(user, id);
    }

    @GetMapping("/courses/{id}/learners")
    PageResponse<LearnerRow> learners(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return learning.learners(user, id, PageQuery.of(page, size == null ? 50 : size));
    }

    @PutMapping("/versions/{versionId}")
    @Operation(summary = "Change a draft's details (409 for a published version)")
    VersionView update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId, @RequestBody CourseDetails details) {
        authoring.updateDetails(user, versionId, details);
        return content.ownedVersion(user, versionId);
    }

    @PostMapping("/versions/{versionId}/modules")
    @ResponseStatus(HttpStatus.CREATED)
    Created addModule(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId, @RequestBody LocalizedText title) {
        return new Created(content.addModule(user, versionId, title));
    }

    @PostMapping("/modules/{moduleId}/lessons")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A lesson: title and Markdown body in kk/ru/en, video link (YouTube or Vimeo), minutes")
    Created addLesson(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID moduleId, @RequestBody LessonInput lesson) {
        return new Created(content.addLesson(user, moduleId, lesson));
    }

    @PutMapping("/lessons/{lessonId}")
    void updateLesson(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID lessonId, @RequestBody LessonInput lesson) {
        content.updateLesson(user, lessonId, lesson);
    }

    @PostMapping("/versions/{versionId}/outcomes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A learning outcome; skill is a taxonomy URI or a label in any language")
    void addOutcome(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId, @RequestBody OutcomeInput outcome,
            Locale locale) {
        authoring.addOutcome(user, versionId, outcome, locale);
    }

    @PutMapping("/versions/{versionId}/checklist")
    @Operation(summary = "Replace the answers of both checklists; a yes needs evidence")
    AuthoringView checklist(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId,
            @RequestBody List<ChecklistAnswer> answers) {
        authoring.saveChecklist(user, versionId, answers);
        return authoring.overview(user, content.ownedVersion(user, versionId).courseId());
    }

    @PostMapping("/versions/{versionId}/publish")
    VersionView publish(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId) {
        return authoring.publish(user, versionId);
    }

    record Created(UUID id) {
    }
}
