package kz.edufusion.identity.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.domain.ApiTokenService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating and revoking the user's personal API tokens (listed on the account page). */
@Controller
@RequestMapping("/account/tokens")
class ApiTokensController {

    private final ApiTokenService tokens;
    private final AccountPage page;

    ApiTokensController(ApiTokenService tokens, AccountPage page) {
        this.tokens = tokens;
        this.page = page;
    }

    @InitBinder("tokenForm")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    /**
     * Renders the page directly instead of redirecting: the secret is shown exactly once and must not be
     * parked in the (database-backed) session as a flash attribute on its way to the next request.
     */
    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("tokenForm") ApiTokenForm form,
            BindingResult result, Model model, Locale locale) {
        if (!result.hasErrors()) {
            ApiTokenService.CreatedToken created = tokens.create(user, form.getName(), form.getValidDays());
            model.addAttribute("createdToken", created);
            model.addAttribute("tokenForm", new ApiTokenForm());
        }
        return page.render(user, model, locale);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            tokens.revoke(user, id);
            redirect.addFlashAttribute("flash", "pages.tokens.revoked");
        } catch (DomainProblem problem) {
            redirect.addFlashAttribute("problem", problem.messageKey());
        }
        return "redirect:/account";
    }
}
