package kz.edufusion.academy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.edufusion.academy.domain.AttemptResult;
import kz.edufusion.academy.domain.AttemptSheet;
import kz.edufusion.academy.domain.LearnerQuiz;
import kz.edufusion.academy.domain.QuizTaking;
import kz.edufusion.academy.domain.quiz.QuizAnswer;
import kz.edufusion.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Taking quizzes over REST, for learners enrolled on the quiz's version (404 otherwise, and for anyone else's
 * attempt). Nothing answered here tells a right answer: no correct flags, expected values or accepted answers.
 */
@RestController
@RequestMapping("/api/v1/academy")
@Tag(name = "Academy quizzes", description = "Attempts of a learner: start, read, submit, result")
class QuizApi {

    private final QuizTaking taking;

    QuizApi(QuizTaking taking) {
        this.taking = taking;
    }

    @GetMapping("/courses/{id}/quizzes")
    @Operation(summary = "The quizzes of the caller's version with best score, attempts left and a running attempt")
    List<LearnerQuiz> quizzes(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return taking.ofCourse(user, id);
    }

    @PostMapping("/quizzes/{quizId}/attempts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start an attempt (or get the running one); 409 when no attempt is left")
    AttemptSheet start(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID quizId) {
        return taking.sheet(user, taking.start(user, quizId));
    }

    @GetMapping("/attempts/{id}")
    AttemptSheet attempt(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return taking.sheet(user, id);
    }

    @PostMapping("/attempts/{id}/submission")
    @Operation(summary = "Hand in the answers (options chosen or text typed per question); graded once")
    AttemptResult submit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody Submission submission) {
        Map<UUID, QuizAnswer> answers = new HashMap<>();
        if (submission.answers() != null) {
            submission.answers().stream().filter(a -> a != null && a.questionId() != null)
                    .forEach(a -> answers.put(a.questionId(), new QuizAnswer(a.chosen(), a.text())));
        }
        return taking.submit(user, id, answers);
    }

    @GetMapping("/attempts/{id}/result")
    AttemptResult result(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return taking.result(user, id);
    }

    record Submission(List<Answer> answers) {
    }

    record Answer(UUID questionId, Set<UUID> chosen, String text) {
    }
}
