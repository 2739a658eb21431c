package kz.edufusion.academy.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.academy.domain.AcademyCalendar;
import kz.edufusion.academy.domain.AcademyInputRejected;
import kz.edufusion.academy.domain.Delivery;
import kz.edufusion.academy.domain.SemesterInput;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The learner's side of delivery (apply to a course by approval or to a cohort, withdraw), the calendar with its
 * iCalendar download, and the semesters (everyone signed in reads them; the administrator corrects them).
 */
@Controller
class DeliveryController {

    private final Delivery delivery;
    private final AcademyCalendar calendar;

    DeliveryController(Delivery delivery, AcademyCalendar calendar) {
        this.delivery = delivery;
        this.calendar = calendar;
    }

    @PostMapping("/academy/courses/{id}/apply")
    String apply(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) UUID cohortId,
            RedirectAttributes redirect) {
        try {
            var application = delivery.apply(user, id, cohortId);
            redirect.addFlashAttribute("flash", "academy.delivery.notice.applied." + application.status().name());
        } catch (AcademyInputRejected rejected) {
            redirect.addFlashAttribute("deliveryProblem", rejected.fieldProblems().get(0).messageKey());
        }
        return "redirect:/academy/courses/" + id;
    }

    @PostMapping("/academy/courses/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        delivery.withdraw(user, id);
        redirect.addFlashAttribute("flash", "academy.delivery.notice.withdrawn");
        return "redirect:/academy/courses/" + id;
    }

    @GetMapping("/academy/calendar")
    String calendar(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("calendar", calendar.of(user));
        return "academy/calendar";
    }

    @GetMapping("/academy/calendar.ics")
    ResponseEntity<byte[]> ics(@AuthenticationPrincipal CurrentUser user, Locale locale) {
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("edufusion-academy.ics").build().toString())
                .body(calendar.ics(user, locale).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/academy/semesters")
    String semesters(Model model) {
        model.addAttribute("semesters", calendar.semesters());
        return "academy/semesters";
    }

    @PostMapping("/academy/semesters/{id}")
    String updateSemester(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String nameKk,
            @RequestParam(required = false) String nameRu, @RequestParam(required = false) String nameEn,
            @RequestParam(required = false) String startsOn, @RequestParam(required = false) String endsOn, RedirectAttributes redirect) {
        try {
            calendar.updateSemester(user, id, new SemesterInput(LocalizedText.of(nameKk, nameRu, nameEn), day(startsOn), day(endsOn)));
            redirect.addFlashAttribute("flash", "academy.notice.saved");
        } catch (AcademyInputRejected rejected) {
            redirect.addFlashAttribute("deliveryProblem", rejected.fieldProblems().get(0).messageKey());
        }
        return "redirect:/academy/semesters";
    }

    private static java.time.LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
