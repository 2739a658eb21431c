package kz.edufusion.academy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.domain.AssignmentAuthoring;
import kz.edufusion.academy.domain.AssignmentEditing;
import kz.edufusion.academy.domain.AssignmentGrading;
import kz.edufusion.academy.domain.AssignmentInput;
import kz.edufusion.academy.domain.CriterionInput;
import kz.edufusion.academy.domain.GradeInput;
import kz.edufusion.academy.domain.GradeView;
import kz.edufusion.academy.domain.GradingPage;
import kz.edufusion.academy.domain.QueueRow;
import kz.edufusion.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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

/**
 * Assignments, rubrics and grading over REST, for the course's owner only: anyone else gets 404 for the course, its
 * assignments and its submissions; grading answers 403 to anyone who is neither educator nor coordinator. A
 * published version answers 409 to every change of its assignments; invalid input is a 400 problem with field errors
 * (a rubric without criteria, a criterion without levels, two levels worth the same points, a pass mark outside 1-100).
 */
@RestController
@RequestMapping("/api/v1/academy/authoring")
@Tag(name = "Academy assignments (authoring and grading)", description = "Assignments with rubrics in a draft; grading submissions")
class AssignmentAuthoringApi {

    private final AssignmentAuthoring authoring;
    private final AssignmentGrading grading;

    AssignmentAuthoringApi(AssignmentAuthoring authoring, AssignmentGrading grading) {
        this.authoring = authoring;
        this.grading = grading;
    }

    @PostMapping("/modules/{moduleId}/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "An assignment in a draft's module: title and Markdown instructions in kk/ru/en, pass mark, kinds, due days")
    AssignmentEditing create(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID moduleId,
            @RequestBody AssignmentInput input) {
        return authoring.forOwner(user, authoring.create(user, moduleId, input));
    }

    @GetMapping("/assignments/{id}")
    AssignmentEditing assignment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return authoring.forOwner(user, id);
    }

    @PutMapping("/assignments/{id}")
    AssignmentEditing update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody AssignmentInput input) {
        authoring.update(user, id, input);
        return authoring.forOwner(user, id);
    }

    @DeleteMapping("/assignments/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        authoring.delete(user, id);
    }

    @PutMapping("/assignments/{id}/rubric")
    @Operation(summary = "Replace the rubric: criteria with levels (label, points unique per criterion, description)")
    AssignmentEditing rubric(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestBody List<CriterionInput> criteria) {
        authoring.replaceRubric(user, id, criteria);
        return authoring.forOwner(user, id);
    }

    @GetMapping("/courses/{id}/submissions")
    @PreAuthorize("hasAnyRole('EDUCATOR', 'UNIVERSITY_COORDINATOR')")
    @Operation(summary = "The course's submissions, ungraded first (all=true to include graded ones)")
    List<QueueRow> queue(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean all) {
        return grading.queue(user, id, !all);
    }

    @GetMapping("/submissions/{id}")
    @PreAuthorize("hasAnyRole('EDUCATOR', 'UNIVERSITY_COORDINATOR')")
    GradingPage submission(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return grading.page(user, id);
    }

    @PostMapping("/submissions/{id}/grade")
    @PreAuthorize("hasAnyRole('EDUCATOR', 'UNIVERSITY_COORDINATOR')")
    @Operation(summary = "Grade a submission once: one level per criterion with an optional comment, and an overall comment")
    GradeView grade(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody GradeInput input) {
        return grading.grade(user, id, input);
    }
}
