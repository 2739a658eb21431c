package kz.edufusion.academy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.academy.domain.AuthorQuiz;
import kz.edufusion.academy.domain.CompletionRule;
import kz.edufusion.academy.domain.Gradebook;
import kz.edufusion.academy.domain.GradebookView;
import kz.edufusion.academy.domain.QuestionInput;
import kz.edufusion.academy.domain.QuizAuthoring;
import kz.edufusion.academy.domain.QuizInput;
import kz.edufusion.common.PageQuery;
import kz.edufusion.identity.CurrentUser;
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

/**
 * Quizzes of a draft and the gradebook, for the course's owner only (404 for anyone else, 409 for a published
 * version). Input is checked whole: a 400 problem lists every field error (e.g. {@code correctOptions} for a choice
 * question without a correct option).
 */
@RestController
@RequestMapping("/api/v1/academy/authoring")
@Tag(name = "Academy quiz authoring", description = "Quizzes, questions, completion rule and gradebook of a course's owner")
class QuizAuthoringApi {

    private final QuizAuthoring quizzes;
    private final Gradebook gradebook;

    QuizAuthoringApi(QuizAuthoring quizzes, Gradebook gradebook) {
        this.quizzes = quizzes;
        this.gradebook = gradebook;
    }

    @GetMapping("/versions/{versionId}/quizzes")
    @Operation(summary = "The version's quizzes with their banks (with the right answers) and what would stop publishing")
    List<AuthorQuiz> ofVersion(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId) {
        return quizzes.ofVersion(user, versionId);
    }

    @PostMapping("/modules/{moduleId}/quizzes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A quiz in a module: title, pass mark %, attempts allowed, time limit (minutes, optional), draw count")
    AuthorQuiz addQuiz(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID moduleId, @RequestBody QuizInput input) {
        return quizzes.quiz(user, quizzes.addQuiz(user, moduleId, input));
    }

    @GetMapping("/quizzes/{quizId}")
    AuthorQuiz quiz(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID quizId) {
        return quizzes.quiz(user, quizId);
    }

    @PutMapping("/quizzes/{quizId}")
    AuthorQuiz updateQuiz(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID quizId, @RequestBody QuizInput input) {
        quizzes.updateQuiz(user, quizId, input);
        return quizzes.quiz(user, quizId);
    }

    @DeleteMapping("/quizzes/{quizId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteQuiz(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID quizId) {
        quizzes.deleteQuiz(user, quizId);
    }

    @PostMapping("/quizzes/{quizId}/questions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A question, whole: SINGLE_CHOICE / MULTIPLE_CHOICE with options and correct flags, NUMERIC with "
            + "expected and tolerance, SHORT_TEXT with accepted answers")
    AuthorQuiz addQuestion(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID quizId, @RequestBody QuestionInput input) {
        quizzes.addQuestion(user, quizId, input);
        return quizzes.quiz(user, quizId);
    }

    @PutMapping("/questions/{questionId}")
    @Operation(summary = "Replace a question (its key stays)")
    void updateQuestion(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID questionId, @RequestBody QuestionInput input) {
        quizzes.updateQuestion(user, questionId, input);
    }

    @DeleteMapping("/questions/{questionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteQuestion(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID questionId) {
        quizzes.deleteQuestion(user, questionId);
    }

    @PutMapping("/versions/{versionId}/completion-rule")
    @Operation(summary = "How learners complete the version: COMPLETED (all lessons), PASSED (all quizzes), BOTH")
    RuleBody completionRule(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId, @RequestBody RuleBody body) {
        quizzes.setCompletionRule(user, versionId, body.rule());
        return new RuleBody(quizzes.completionRule(user, versionId));
    }

    @GetMapping("/courses/{id}/gradebook")
    @Operation(summary = "Per learner: lessons done, per quiz best score and attempts, all passed, mastery, completed")
    GradebookView gradebook(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return gradebook.of(user, id, PageQuery.of(page, size == null ? 50 : size));
    }

    @GetMapping(value = "/courses/{id}/gradebook.csv", produces = "text/csv")
    ResponseEntity<String> gradebookCsv(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Locale locale) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"gradebook.csv\"")
                .body(gradebook.csv(user, id, locale.getLanguage()));
    }

    record RuleBody(CompletionRule rule) {
    }
}
