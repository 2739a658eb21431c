package kz.edufusion.identity.web;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.InvitationView;
import kz.edufusion.identity.Membership;
import kz.edufusion.identity.Role;
import kz.edufusion.identity.domain.InvitationService;
import kz.edufusion.identity.domain.InvitationService.NewInvitation;
import org.springframework.security.access.AccessDeniedException;
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
 * A university coordinator or company representative invites staff into their own organization(s), in the
 * roles their own role may hand out. Inviting into an organization they do not act for is a 403.
 */
@Controller
@RequestMapping("/organization/invitations")
class OrganizationInvitationsController {

    private static final String VIEW = "identity/organization-invitations";

    private final InvitationService invitations;
    private final InvitationLinks links;
    private final Options options;

    OrganizationInvitationsController(InvitationService invitations, InvitationLinks links, Options options) {
        this.invitations = invitations;
        this.links = links;
        this.options = options;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        InvitationForm form = new InvitationForm();
        form.setLanguage(locale.getLanguage());
        Map<UUID, Membership> organizations = invitingOrganizations(user);
        if (organizations.size() == 1) {
            form.setOrganizationId(organizations.keySet().iterator().next());
        }
        model.addAttribute("form", form);
        return show(user, model, locale);
    }

    /** Renders directly so the one-time link reaches the page without being stored in the session. */
    @PostMapping
    String invite(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") InvitationForm form,
            BindingResult result, Model model, Locale locale) {
        if (form.getOrganizationId() != null && !invitingOrganizations(user).containsKey(form.getOrganizationId())) {
            throw new AccessDeniedException("not a member who may invite into " + form.getOrganizationId());
        }
        if (form.getRole() != null && form.getOrganizationId() != null
                && !InvitationService.mayInvite(user, form.getOrganizationId(), form.getRole())) {
            result.rejectValue("role", "pages.invite.roleNotAllowed");
        }
        if (result.hasErrors()) {
            return show(user, model, locale);
        }
        try {
            String token = invitations.invite(user, new NewInvitation(form.getOrganizationId(), form.getRole(),
                    form.getEmail(), form.getLanguage()));
            model.addAttribute("invitationLink", links.link(token));
            model.addAttribute("invitedEmail", form.getEmail());
        } catch (DomainProblem problem) {
            Forms.reject(result, problem, "role");
        }
        return show(user, model, locale);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        invitations.revoke(user, id);
        redirect.addFlashAttribute("flash", "pages.invitations.revoked");
        return "redirect:/organization/invitations";
    }

    /** The active organizations in which the user holds a role that may invite, with that membership. */
    private static Map<UUID, Membership> invitingOrganizations(CurrentUser user) {
        Map<UUID, Membership> result = new LinkedHashMap<>();
        user.memberships().stream().filter(m -> m.effective() && !m.role().mayInvite().isEmpty())
                .forEach(m -> result.putIfAbsent(m.organizationId(), m));
        return result;
    }

    private String show(CurrentUser user, Model model, Locale locale) {
        Map<UUID, Membership> organizations = invitingOrganizations(user);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        user.memberships().stream().filter(m -> organizations.containsKey(m.organizationId()) && m.effective())
                .forEach(m -> roles.addAll(m.role().mayInvite()));
        List<InvitationView> recent = organizations.keySet().stream().flatMap(id -> invitations.list(id, 50).stream())
                .sorted(Comparator.comparing(InvitationView::createdAt).reversed()).toList();
        model.addAttribute("organizations", organizations.values().stream()
                .map(m -> new Option(m.organizationId().toString(), m.organizationName().in(locale))).toList());
        model.addAttribute("roles", options.keyed("role.", roles, locale));
        model.addAttribute("languages", options.languages(locale));
        model.addAttribute("invitations", recent);
        return VIEW;
    }
}
