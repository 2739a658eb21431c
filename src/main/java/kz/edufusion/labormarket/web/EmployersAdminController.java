package kz.edufusion.labormarket.web;

import jakarta.validation.Valid;
import java.util.Locale;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.labormarket.employers.EmployerLinking;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Employer names of the vacancies with the organization each belongs to (an administrator's link, the automatic
 * match or none), and the forms to link a name to a company organization or to remove the link.
 */
@Controller
@RequestMapping("/admin/labormarket/employers")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class EmployersAdminController {

    private final EmployerLinking linking;

    EmployersAdminController(EmployerLinking linking) {
        this.linking = linking;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model, Locale locale) {
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        model.addAttribute("page", linking.employers(text, PageQuery.of(page, size), locale));
        model.addAttribute("companies", linking.companies(locale));
        return "labormarket/employers";
    }

    @PostMapping("/link")
    String link(@Valid @ModelAttribute LinkForm form, BindingResult errors, @RequestParam(required = false) String q,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            refuse(redirect, form.getEmployerKey(), errors.getFieldErrors().get(0).getDefaultMessage(), true);
        } else {
            try {
                linking.link(form.getEmployerKey(), form.getOrganizationId(), user.personId());
                redirect.addFlashAttribute("notice", "lm.employers.notice.linked");
            } catch (DomainProblem problem) {
                refuse(redirect, form.getEmployerKey(), problem.messageKey(), false);
            }
        }
        return back(q);
    }

    @PostMapping("/unlink")
    String unlink(@RequestParam String employerKey, @RequestParam(required = false) String q, RedirectAttributes redirect) {
        try {
            linking.unlink(employerKey);
            redirect.addFlashAttribute("notice", "lm.employers.notice.unlinked");
        } catch (DomainProblem problem) {
            redirect.addFlashAttribute("problem", problem.messageKey());
        }
        return back(q);
    }

    /** The error goes next to the row's organization field; {@code resolved} when it is a message already. */
    private static void refuse(RedirectAttributes redirect, String key, String message, boolean resolved) {
        redirect.addFlashAttribute("errorKey", key);
        redirect.addFlashAttribute(resolved ? "errorText" : "errorMessage", message);
        redirect.addFlashAttribute("problem", "lm.employers.error.notLinked.page");
    }

    private static String back(String q) {
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/labormarket/employers")
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank())).build().encode().toUriString();
    }
}
