package kz.edufusion.academy.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;
import kz.edufusion.academy.domain.AcademyInputRejected;
import kz.edufusion.academy.domain.AuthorQuiz;
import kz.edufusion.academy.domain.CompletionRule;
import kz.edufusion.academy.domain.CourseContent;
import kz.edufusion.academy.domain.Gradebook;
import kz.edufusion.academy.domain.QuestionView;
import kz.edufusion.academy.domain.QuizAuthoring;
import kz.edufusion.academy.domain.VersionView;
import kz.edufusion.academy.domain.Authoring;
import kz.edufusion.common.PageQuery;
import kz.edufusion.identity.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The owner's quiz pages: the quizzes of a version with the completion rule, one quiz with its settings and bank,
 * one question, and the gradebook (page and CSV). Educators and coordinators only (403 for other roles); a course
 * of someone else is 404; a published version shows read-only and answers 409 to changes.
 */
@Controller
@RequestMapping("/academy/teach")
@PreAuthorize("hasAnyRole('EDUCATOR', 'UNIVERSITY_COORDINATOR')")
class QuizTeachController {

    private static final UnaryOperator<String> QUIZ_FIELDS = f -> "title".equals(f) ? "titleEn" : f;

    private final QuizAuthoring quizzes;
    private final Authoring authoring;
    private final CourseContent content;
    private final Gradebook gradebook;

    QuizTeachController(QuizAuthoring quizzes, Authoring authoring, CourseContent content, Gradebook gradebook) {
        this.quizzes = quizzes;
        this.authoring = authoring;
        this.content = content;
        this.gradebook = gradebook;
    }

    @GetMapping("/versions/{versionId}/quizzes")
    String list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId, Model model) {
        model.addAttribute("quizForm", new QuizForm());
        return listPage(user, versionId, model);
    }

    @PostMapping("/versions/{versionId}/quizzes")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId, @ModelAttribute("quizForm") QuizForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        content.ownedVersion(user, versionId);
        UUID moduleId = form.module(errors);
        var input = form.input(errors);
        if (!errors.hasErrors()) {
            try {
                UUID id = quizzes.addQuiz(user, moduleId, input);
                redirect.addFlashAttribute("flash", "academy.notice.saved");
                return "redirect:/academy/teach/quizzes/" + id;
            } catch (AcademyInputRejected rejected) {
                onForm(rejected, errors, QUIZ_FIELDS);
            }
        }
        return listPage(user, versionId, model);
    }

    @PostMapping("/versions/{versionId}/completion-rule")
    String rule(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId, @RequestParam(required = false) String rule,
            RedirectAttributes redirect) {
        CompletionRule chosen = null;
        try {
            chosen = rule == null ? null : CompletionRule.valueOf(rule);
        } catch (IllegalArgumentException unknown) {
            // an edited form: the service answers "choose a rule"
        }
        quizzes.setCompletionRule(user, versionId, chosen);
        redirect.addFlashAttribute("flash", "academy.notice.saved");
        return "redirect:/academy/teach/versions/" + versionId + "/quizzes";
    }

    @GetMapping("/quizzes/{quizId}")
    String quiz(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID quizId, Model model) {
        AuthorQuiz quiz = quizzes.quiz(user, quizId);
        model.addAttribute("quizForm", QuizForm.of(quiz.quiz()));
        model.addAttribute("questionForm", new QuestionForm());
        return quiz(user, quiz, model);
    }

    @PostMapping("/quizzes/{quizId}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID quizId, @ModelAttribute("quizForm") QuizForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        AuthorQuiz quiz = quizzes.quiz(user, quizId);
        var input = form.input(errors);
        if (!errors.hasErrors()) {
            try {
                quizzes.updateQuiz(user, quizId, input);
                redirect.addFlashAttribute("flash", "academy.notice.saved");
                return "redirect:/academy/teach/quizzes/" + quizId;
            } catch (AcademyInputRejected rejected) {
                onForm(rejected, errors, QUIZ_FIELDS);
            }
        }
        model.addAttribute("questionForm", new QuestionForm());
        return quiz(user, quiz, model);
    }

    @PostMapping("/quizzes/{quizId}/delete")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID quizId, RedirectAttributes redirect) {
        AuthorQuiz quiz = quizzes.quiz(user, quizId);
        quizzes.deleteQuiz(user, quizId);
        redirect.addFlashAttribute("flash", "academyQuiz.notice.deleted");
        return "redirect:/academy/teach/versions/" + quiz.quiz().versionId() + "/quizzes";
    }

    @PostMapping("/quizzes/{quizId}/questions")
    String addQuestion(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID quizId,
            @ModelAttribute("questionForm") QuestionForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        AuthorQuiz quiz = quizzes.quiz(user, quizId);
        var input = form.input(errors);
        if (!errors.hasErrors()) {
            try {
                quizzes.addQuestion(user, quizId, input);
                redirect.addFlashAttribute("flash", "academy.notice.saved");
                return "redirect:/academy/teach/quizzes/" + quizId;
            } catch (AcademyInputRejected rejected) {
                onForm(rejected, errors, QuestionForm::formField);
            }
        }
        model.addAttribute("quizForm", QuizForm.of(quiz.quiz()));
        return quiz(user, quiz, model);
    }

    @GetMapping("/questions/{questionId}")
    String question(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID questionId, Model model) {
        QuestionView question = questionOf(user, questionId, model);
        model.addAttribute("questionForm", QuestionForm.of(question));
        return "academy/question-form";
    }

    @PostMapping("/questions/{questionId}")
    String updateQuestion(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID questionId,
            @ModelAttribute("questionForm") QuestionForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        questionOf(user, questionId, model);
        var input = form.input(errors);
        if (!errors.hasErrors()) {
            try {
                quizzes.updateQuestion(user, questionId, input);
                redirect.addFlashAttribute("flash", "academy.notice.saved");
                return "redirect:/academy/teach/quizzes/" + ((AuthorQuiz) model.getAttribute("quiz")).quiz().id();
            } catch (AcademyInputRejected rejected) {
                onForm(rejected, errors, QuestionForm::formField);
            }
        }
        return "academy/question-form";
    }

    @PostMapping("/questions/{questionId}/delete")
    String deleteQuestion(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID questionId, RedirectAttributes redirect) {
        UUID quizId = quizzes.deleteQuestion(user, questionId);
        redirect.addFlashAttribute("flash", "academyQuiz.notice.deleted");
        return "redirect:/academy/teach/quizzes/" + quizId;
    }

    @GetMapping("/courses/{id}/gradebook")
    String gradebook(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("book", gradebook.of(user, id, PageQuery.of(page, 50)));
        return "academy/gradebook";
    }

    @GetMapping("/courses/{id}/gradebook.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Locale locale) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"gradebook.csv\"")
                .body(gradebook.csv(user, id, locale.getLanguage()));
    }

    private String listPage(CurrentUser user, UUID versionId, Model model) {
        VersionView version = content.ownedVersion(user, versionId);
        model.addAttribute("version", version);
        model.addAttribute("quizzes", quizzes.ofVersion(user, versionId));
        model.addAttribute("modules", authoring.overview(user, version.courseId()).modules());
        model.addAttribute("rule", quizzes.completionRule(user, versionId));
        model.addAttribute("rules", CompletionRule.values());
        return "academy/quizzes";
    }

    private String quiz(CurrentUser user, AuthorQuiz quiz, Model model) {
        model.addAttribute("quiz", quiz);
        model.addAttribute("version", content.ownedVersion(user, quiz.quiz().versionId()));
        model.addAttribute("kinds", kz.edufusion.academy.domain.quiz.QuestionKind.values());
        return "academy/quiz-form";
    }

    private QuestionView questionOf(CurrentUser user, UUID questionId, Model model) {
        AuthorQuiz quiz = quizzes.ofQuestion(user, questionId);
        model.addAttribute("quiz", quiz);
        model.addAttribute("questionId", questionId);
        model.addAttribute("kinds", kz.edufusion.academy.domain.quiz.QuestionKind.values());
        return quiz.questions().stream().filter(q -> q.id().equals(questionId)).findFirst().orElseThrow();
    }

    private static void onForm(AcademyInputRejected rejected, BindingResult errors, UnaryOperator<String> fields) {
        rejected.fieldProblems().stream().filter(p -> !errors.hasFieldErrors(fields.apply(p.field())))
                .forEach(p -> errors.rejectValue(fields.apply(p.field()), p.messageKey()));
    }
}
