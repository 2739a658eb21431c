package kz.edufusion.academy.web;

import java.util.UUID;
import kz.edufusion.academy.EnrollmentMode;
import kz.edufusion.academy.domain.AcademyCalendar;
import kz.edufusion.academy.domain.AcademyInputRejected;
import kz.edufusion.academy.domain.ApplicationView;
import kz.edufusion.academy.domain.CohortView;
import kz.edufusion.academy.domain.Delivery;
import kz.edufusion.academy.domain.SessionView;
import kz.edufusion.identity.CurrentUser;
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
 * The owner's delivery pages: the enrollment mode, cohorts with caps, the requests to approve or decline, each
 * cohort's members, waiting list and live sessions. Educators and coordinators only (403 otherwise); a course or
 * cohort of someone else is 404.
 */
@Controller
@RequestMapping("/academy/teach")
@PreAuthorize("hasAnyRole('EDUCATOR', 'UNIVERSITY_COORDINATOR')")
class DeliveryTeachController {

    private static final String DELIVERY = "academy/delivery";
    private static final String COHORT = "academy/cohort";

    private final Delivery delivery;
    private final AcademyCalendar calendar;

    DeliveryTeachController(Delivery delivery, AcademyCalendar calendar) {
        this.delivery = delivery;
        this.calendar = calendar;
    }

    @GetMapping("/courses/{id}/delivery")
    String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("cohortForm", new CohortForm());
        return page(user, id, model);
    }

    @PostMapping("/courses/{id}/delivery/mode")
    String mode(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String mode,
            RedirectAttributes redirect) {
        EnrollmentMode chosen = mode == null ? null : java.util.Arrays.stream(EnrollmentMode.values())
                .filter(m -> m.name().equals(mode)).findFirst().orElse(null);
        delivery.changeMode(user, id, chosen);
        redirect.addFlashAttribute("flash", "academy.delivery.notice.modeChanged");
        return "redirect:/academy/teach/courses/" + id + "/delivery";
    }

    @PostMapping("/courses/{id}/cohorts")
    String createCohort(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute("cohortForm") CohortForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        var input = form.input(errors);
        if (!errors.hasErrors()) {
            try {
                CohortView cohort = delivery.createCohort(user, id, input);
                redirect.addFlashAttribute("flash", "academy.delivery.notice.cohortCreated");
                return "redirect:/academy/teach/cohorts/" + cohort.id();
            } catch (AcademyInputRejected rejected) {
                Rejections.onForm(rejected, errors);
            }
        }
        return page(user, id, model);
    }

    @PostMapping("/enrollments/{id}/approve")
    String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        ApplicationView application = delivery.approve(user, id);
        redirect.addFlashAttribute("flash", "academy.delivery.notice.approved");
        return "redirect:/academy/teach/courses/" + application.courseId() + "/delivery";
    }

    @PostMapping("/enrollments/{id}/decline")
    String decline(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        ApplicationView application = delivery.decline(user, id, reason);
        redirect.addFlashAttribute("flash", "academy.delivery.notice.declined");
        return "redirect:/academy/teach/courses/" + application.courseId() + "/delivery";
    }

    @GetMapping("/cohorts/{id}")
    String cohort(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("sessionForm", new SessionForm());
        var detail = delivery.cohort(user, id);
        model.addAttribute("cohortForm", CohortForm.of(detail.cohort()));
        model.addAttribute("detail", detail);
        return COHORT;
    }

    @PostMapping("/cohorts/{id}")
    String updateCohort(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute("cohortForm") CohortForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        var detail = delivery.cohort(user, id);
        var input = form.input(errors);
        if (!errors.hasErrors()) {
            try {
                delivery.updateCohort(user, id, input);
                redirect.addFlashAttribute("flash", "academy.notice.saved");
                return "redirect:/academy/teach/cohorts/" + id;
            } catch (AcademyInputRejected rejected) {
                Rejections.onForm(rejected, errors);
            }
        }
        model.addAttribute("sessionForm", new SessionForm());
        model.addAttribute("detail", detail);
        return COHORT;
    }

    @PostMapping("/cohorts/{id}/sessions")
    String addSession(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute("sessionForm") SessionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        var detail = delivery.cohort(user, id);
        var input = form.input(errors);
        if (!errors.hasErrors()) {
            try {
                calendar.addSession(user, id, input);
                redirect.addFlashAttribute("flash", "academy.delivery.notice.sessionAdded");
                return "redirect:/academy/teach/cohorts/" + id;
            } catch (AcademyInputRejected rejected) {
                Rejections.onForm(rejected, errors);
            }
        }
        model.addAttribute("cohortForm", CohortForm.of(detail.cohort()));
        model.addAttribute("detail", detail);
        return COHORT;
    }

    @PostMapping("/sessions/{id}/delete")
    String deleteSession(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        SessionView session = calendar.deleteSession(user, id);
        redirect.addFlashAttribute("flash", "academy.delivery.notice.sessionDeleted");
        return "redirect:/academy/teach/cohorts/" + session.cohortId();
    }

    private String page(CurrentUser user, UUID courseId, Model model) {
        model.addAttribute("delivery", delivery.overview(user, courseId));
        model.addAttribute("modes", EnrollmentMode.values());
        return DELIVERY;
    }
}
