package kz.edufusion.identity.web;

import java.util.Optional;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.InvitationView;
import kz.edufusion.identity.domain.InvitationService;
import kz.edufusion.identity.domain.PeopleService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page behind an invitation link. A newcomer creates an account here; a person who already has one
 * must be signed in as the invited address, which {@link InvitationService#accept} enforces.
 */
@Controller
@RequestMapping("/invitations/{token}")
class InvitationAcceptController {

    private static final String VIEW = "identity/invitation";

    private final InvitationService invitations;
    private final PeopleService people;

    InvitationAcceptController(InvitationService invitations, PeopleService people) {
        this.invitations = invitations;
        this.people = people;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String show(@PathVariable String token, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", new InvitationAcceptForm());
        model.addAttribute("token", token);
        return show(invitations.findOpen(token), user, model);
    }

    @PostMapping
    String accept(@PathVariable String token, @AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("form") InvitationAcceptForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        model.addAttribute("token", token);
        Optional<InvitationView> invitation = invitations.findOpen(token);
        if (invitation.isEmpty()) {
            return show(invitation, user, model);
        }
        boolean newcomer = !people.exists(invitation.get().email());
        if (newcomer) {
            requireNewcomerDetails(form, result);
            if (result.hasErrors()) {
                return show(invitation, user, model);
            }
        }
        try {
            invitations.accept(token, user, form.getFullName(), form.getPassword());
        } catch (DomainProblem problem) {
            Forms.reject(result, problem, null);
            return show(invitation, user, model);
        }
        if (newcomer) {
            return "redirect:/login?registered";
        }
        // the session still carries the roles read at login; the new one counts from the next login
        redirect.addFlashAttribute("flash", "pages.invitation.accepted");
        return "redirect:/account";
    }

    private static void requireNewcomerDetails(InvitationAcceptForm form, BindingResult result) {
        if (form.getFullName() == null || form.getFullName().isBlank()) {
            result.rejectValue("fullName", "pages.validation.required");
        }
        if (form.getPassword() == null || form.getPassword().length() < 10) {
            result.rejectValue("password", "pages.validation.passwordLength");
        }
        Forms.requireConfirmedPassword(form, result);
    }

    private String show(Optional<InvitationView> invitation, CurrentUser user, Model model) {
        model.addAttribute("invitation", invitation.orElse(null));
        invitation.ifPresent(i -> {
            boolean existing = people.exists(i.email());
            model.addAttribute("existingAccount", existing);
            model.addAttribute("signedInAsInvitee", user != null && user.email().equalsIgnoreCase(i.email()));
            model.addAttribute("signedInAsOther", user != null && !user.email().equalsIgnoreCase(i.email()));
        });
        return VIEW;
    }
}
