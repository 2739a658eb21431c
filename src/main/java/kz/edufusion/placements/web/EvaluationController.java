package kz.edufusion.placements.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.common.Languages;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.domain.PlacementInputRejected;
import kz.edufusion.placements.evaluation.Certificates;
import kz.edufusion.placements.evaluation.EvaluationOverview;
import kz.edufusion.placements.evaluation.EvaluationOverviews;
import kz.edufusion.placements.evaluation.Evaluations;
import kz.edufusion.placements.evaluation.HostFeedbacks;
import kz.edufusion.placements.evaluation.JobOffers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The evaluation tab of a placement: the mentor's, the tutor's and the student's forms, the result and the
 * certificate, the competence record, the student's host feedback and the company's job offer. Who reads and does
 * what is decided by the services ({@link EvaluationOverviews}); this page only shows it.
 */
@Controller
@RequestMapping("/placements/placement/{id}/evaluation")
class EvaluationController {

    private final EvaluationOverviews overviews;
    private final Evaluations evaluations;
    private final HostFeedbacks feedback;
    private final JobOffers jobOffers;
    private final Certificates certificates;

    EvaluationController(EvaluationOverviews overviews, Evaluations evaluations, HostFeedbacks feedback, JobOffers jobOffers,
            Certificates certificates) {
        this.overviews = overviews;
        this.evaluations = evaluations;
        this.feedback = feedback;
        this.jobOffers = jobOffers;
        this.certificates = certificates;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        return show(user, id, model);
    }

    @PostMapping
    String evaluate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") EvaluationPageForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        var command = form.command(errors);
        return submitted(user, id, errors, model, redirect, "placements.evaluation.notice.submitted",
                () -> evaluations.submit(user, id, command));
    }

    @PostMapping("/feedback")
    String feedback(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute("feedback") HostFeedbackForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        var command = form.command(errors);
        return submitted(user, id, errors, model, redirect, "placements.evaluation.notice.feedback",
                () -> feedback.submit(user, id, command));
    }

    @PostMapping("/job-offer")
    String jobOffer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute("offer") JobOfferForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        var command = form.command(errors);
        return submitted(user, id, errors, model, redirect, "placements.evaluation.notice.jobOffer",
                () -> jobOffers.record(user, id, command));
    }

    /** The certificate in kk, ru or en ({@code language}: not {@code lang}, which would switch the page language). */
    @GetMapping("/certificate")
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) String language, Locale locale) {
        Locale printed = Languages.isSupported(language) ? Languages.orDefault(language) : locale;
        byte[] pdf = certificates.pdf(user, id, printed);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificate-" + printed.getLanguage() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    private String submitted(CurrentUser user, UUID id, BindingResult errors, Model model, RedirectAttributes redirect, String notice,
            Runnable action) {
        if (!errors.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("flash", notice);
                return "redirect:/placements/placement/" + id + "/evaluation";
            } catch (PlacementInputRejected rejected) {
                rejected.fieldProblems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
            } catch (DomainProblem refused) {
                if (refused.status().value() == 404 || refused.status().value() == 403) {
                    throw refused;
                }
                errors.reject(refused.messageKey());
            }
        }
        return show(user, id, model);
    }

    private String show(CurrentUser user, UUID id, Model model) {
        EvaluationOverview ev = overviews.of(user, id);
        model.addAttribute("ev", ev);
        model.addAttribute("p", ev.placement());
        model.addAttribute("criteriaByKey", ev.criteria().stream()
                .collect(java.util.stream.Collectors.toMap(kz.edufusion.placements.evaluation.Criterion::key, c -> c)));
        putIfAbsent(model, "form", () -> {
            EvaluationPageForm form = EvaluationPageForm.blank(ev.criteria());
            if (!ev.open().isEmpty()) {
                form.setEvaluator(ev.open().get(0).evaluator().name());
                form.setStage(ev.open().get(0).stages().get(0).name());
            }
            return form;
        });
        putIfAbsent(model, "feedback", HostFeedbackForm::new);
        putIfAbsent(model, "offer", () -> JobOfferForm.of(ev.jobOffer()));
        return "placements/evaluation";
    }

    private static void putIfAbsent(Model model, String name, java.util.function.Supplier<Object> value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value.get());
        }
    }
}
