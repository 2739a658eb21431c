package kz.edufusion.academy.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.academy.accreditation.Accreditations;
import kz.edufusion.academy.accreditation.AccreditationDecision;
import kz.edufusion.academy.accreditation.ReviewItem;
import kz.edufusion.academy.accreditation.Reviewing;
import kz.edufusion.academy.accreditation.AccreditationSubmission;
import kz.edufusion.academy.accreditation.Criteria;
import kz.edufusion.academy.accreditation.Verdict;
import kz.edufusion.academy.domain.AcademyInputRejected;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accreditation pages: the QA reviewers' queue, a course's history (its owner submits a published version there),
 * and the review of a submission with its decision. Who may do what is decided in the services (403 for a
 * non-reviewer or a reviewer of their own course, 404 for a course or submission the reader may not know of).
 */
@Controller
class AccreditationController {

    private static final String REVIEW = "academy/accreditation-review";

    private final Accreditations accreditations;
    private final Reviewing reviewing;
    private final Criteria criteria;

    AccreditationController(Accreditations accreditations, Reviewing reviewing, Criteria criteria) {
        this.accreditations = accreditations;
        this.reviewing = reviewing;
        this.criteria = criteria;
    }

    @GetMapping("/academy/accreditation")
    String queue(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("queue", accreditations.queue(user));
        model.addAttribute("decided", accreditations.recentlyDecided(user));
        return "academy/accreditation-queue";
    }

    @GetMapping("/academy/accreditation/courses/{id}")
    String history(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("history", accreditations.history(user, id));
        return "academy/accreditation-history";
    }

    @PostMapping("/academy/accreditation/courses/{id}/submissions")
    String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) UUID versionId,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        if (versionId == null) {
            throw DomainProblem.invalidField("versionId", "academy.accreditation.validation.version");
        }
        accreditations.submit(user, id, versionId, note);
        redirect.addFlashAttribute("flash", "academy.accreditation.notice.submitted");
        return "redirect:/academy/accreditation/courses/" + id;
    }

    @GetMapping("/academy/accreditation/submissions/{id}")
    String review(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        AccreditationSubmission submission = reviewing.forReview(user, id);
        ReviewForm form = ReviewForm.of(submission.review());
        form.proposePeriod(today());
        model.addAttribute("form", form);
        return review(user, submission, Map.of(), model);
    }

    @PostMapping("/academy/accreditation/submissions/{id}")
    String saveReview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "save") String action,
            @ModelAttribute("form") ReviewForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        AccreditationSubmission submission = reviewing.forReview(user, id);
        List<String> codes = items(submission).stream().map(ReviewItem::code).toList();
        var decision = form.decision(errors);
        try {
            if ("decide".equals(action)) {
                if (!errors.hasErrors()) {
                    AccreditationSubmission decided = reviewing.decide(user, id, form.verdicts(codes), decision);
                    redirect.addFlashAttribute("flash", "academy.accreditation.notice.decided");
                    return "redirect:/academy/accreditation/courses/" + decided.courseId();
                }
            } else {
                reviewing.saveVerdicts(user, id, form.verdicts(codes));
                redirect.addFlashAttribute("flash", "academy.accreditation.notice.reviewSaved");
                return "redirect:/academy/accreditation/submissions/" + id;
            }
        } catch (AcademyInputRejected rejected) {
            Map<String, String> problems = new HashMap<>();
            rejected.fieldProblems().forEach(p -> problems.putIfAbsent(field(p.field(), codes), p.messageKey()));
            return review(user, reviewing.forReview(user, id), problems, model);
        }
        return review(user, submission, Map.of(), model);
    }

    /** The criteria shown: the review's snapshot, or before a review starts the active criteria it would take. */
    private List<ReviewItem> items(AccreditationSubmission submission) {
        return submission.review() != null ? submission.review().items() : criteria.active().stream()
                .map(c -> new ReviewItem(c.id(), c.code(), c.text(), null, null)).toList();
    }

    private String review(CurrentUser user, AccreditationSubmission submission, Map<String, String> problems, Model model) {
        model.addAttribute("submission", submission);
        model.addAttribute("items", items(submission));
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("decisions", AccreditationDecision.values());
        model.addAttribute("problems", problems);
        model.addAttribute("history", accreditations.history(user, submission.courseId()));
        model.addAttribute("lessons", reviewing.lessons(user, submission.id()));
        return REVIEW;
    }

    /** "items[2].comment" names the third criterion's comment: on the page, "comment.CODE". */
    private static String field(String field, List<String> codes) {
        var m = java.util.regex.Pattern.compile("items\\[(\\d+)]\\.(\\w+)").matcher(field);
        if (m.matches() && Integer.parseInt(m.group(1)) < codes.size()) {
            return m.group(2) + "." + codes.get(Integer.parseInt(m.group(1)));
        }
        return field;
    }

    private static LocalDate today() {
        return LocalDate.now(PlatformTime.ZONE);
    }
}
