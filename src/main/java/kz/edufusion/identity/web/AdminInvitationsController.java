package kz.edufusion.identity.web;

import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;
import kz.edufusion.identity.domain.InvitationService;
import kz.edufusion.identity.domain.InvitationService.NewInvitation;
import kz.edufusion.identity.domain.OrganizationService;
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

/** Administrators invite anyone into any organization, in any role but student (students sign up themselves). */
@Controller
@RequestMapping("/admin/invitations")
class AdminInvitationsController {

    private static final String VIEW = "admin/invitations";
    private static final PageQuery ORGANIZATIONS = new PageQuery(0, PageQuery.MAX_SIZE);
    private static final int RECENT = 100;

    private final InvitationService invitations;
    private final OrganizationService organizations;
    private final InvitationLinks links;
    private final Options options;

    AdminInvitationsController(InvitationService invitations, OrganizationService organizations, InvitationLinks links,
            Options options) {
        this.invitations = invitations;
        this.organizations = organizations;
        this.links = links;
        this.options = options;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String page(Model model, Locale locale) {
        InvitationForm form = new InvitationForm();
        form.setLanguage(locale.getLanguage());
        model.addAttribute("form", form);
        return show(model, locale);
    }

    /** Renders directly so the one-time link reaches the page without being stored in the session. */
    @PostMapping
    String invite(@AuthenticationPrincipal CurrentUser admin, @Valid @ModelAttribute("form") InvitationForm form,
            BindingResult result, Model model, Locale locale) {
        if (result.hasErrors()) {
            return show(model, locale);
        }
        try {
            String token = invitations.invite(admin, new NewInvitation(form.getOrganizationId(), form.getRole(),
                    form.getEmail(), form.getLanguage()));
            model.addAttribute("invitationLink", links.link(token));
            model.addAttribute("invitedEmail", form.getEmail());
        } catch (DomainProblem problem) {
            Forms.reject(result, problem, "organization.problem.notFound".equals(problem.messageKey()) ? "organizationId" : "role");
        }
        return show(model, locale);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
        invitations.revoke(admin, id);
        redirect.addFlashAttribute("flash", "pages.invitations.revoked");
        return "redirect:/admin/invitations";
    }

    private String show(Model model, Locale locale) {
        model.addAttribute("organizations", options.organizations(organizations.search(null, null, null, ORGANIZATIONS).items(), locale));
        model.addAttribute("roles", options.keyed("role.", EnumSet.copyOf(Role.PLATFORM_ADMIN.mayInvite()), locale));
        model.addAttribute("languages", options.languages(locale));
        model.addAttribute("invitations", invitations.list(null, RECENT));
        return VIEW;
    }
}
