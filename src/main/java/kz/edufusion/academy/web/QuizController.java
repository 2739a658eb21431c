package kz.edufusion.academy.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.edufusion.academy.domain.AttemptSheet;
import kz.edufusion.academy.domain.QuizTaking;
import kz.edufusion.academy.domain.SheetQuestion;
import kz.edufusion.academy.domain.quiz.QuizAnswer;
import kz.edufusion.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A learner's quiz pages: start an attempt from the course page, answer it (field {@code q-<question id>}: the
 * option ids ticked, or the text typed), and read the result. The countdown on the page is static/js; the server
 * decides whether answers arrived in time.
 */
@Controller
class QuizController {

    private static final String FIELD = "q-";

    private final QuizTaking taking;

    QuizController(QuizTaking taking) {
        this.taking = taking;
    }

    @PostMapping("/academy/quizzes/{quizId}/attempts")
    String start(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID quizId) {
        return "redirect:/academy/attempts/" + taking.start(user, quizId);
    }

    @GetMapping("/academy/attempts/{id}")
    String attempt(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        AttemptSheet sheet = taking.sheet(user, id);
        if (sheet.submitted()) {
            return "redirect:/academy/attempts/" + id + "/result";
        }
        model.addAttribute("sheet", sheet);
        return "academy/attempt";
    }

    @PostMapping("/academy/attempts/{id}")
    String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        AttemptSheet sheet = taking.sheet(user, id);
        if (sheet.submitted()) {
            return "redirect:/academy/attempts/" + id + "/result";
        }
        taking.submit(user, id, answers(sheet, form));
        redirect.addFlashAttribute("flash", "academyQuiz.notice.submitted");
        return "redirect:/academy/attempts/" + id + "/result";
    }

    @GetMapping("/academy/attempts/{id}/result")
    String result(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("result", taking.result(user, id));
        return "academy/attempt-result";
    }

    /** Reads only the drawn questions' fields; an option id that is not a UUID is ignored (it cannot be right). */
    private static Map<UUID, QuizAnswer> answers(AttemptSheet sheet, MultiValueMap<String, String> form) {
        Map<UUID, QuizAnswer> answers = new HashMap<>();
        for (SheetQuestion q : sheet.questions()) {
            List<String> values = form.getOrDefault(FIELD + q.id(), List.of());
            if (q.choice()) {
                Set<UUID> chosen = new HashSet<>();
                values.forEach(v -> {
                    try {
                        chosen.add(UUID.fromString(v));
                    } catch (IllegalArgumentException notAnId) {
                        // a forged value names no option
                    }
                });
                answers.put(q.id(), QuizAnswer.choosing(chosen));
            } else {
                answers.put(q.id(), QuizAnswer.typing(values.isEmpty() ? null : values.get(0)));
            }
        }
        return answers;
    }
}
