package kz.edufusion.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.Role;
import kz.edufusion.identity.domain.OrganizationService;
import kz.edufusion.identity.domain.PeopleService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** People for administrators: search, and per person enable/disable, unlock, grant and revoke roles. */
@Controller
@RequestMapping("/admin/people")
class AdminPeopleController {

    /** Enough organizations for the grant select at the platform's scale; more would need a search field. */
    private static final PageQuery ORGANIZATIONS = new PageQuery(0, PageQuery.MAX_SIZE);

    private final PeopleService people;
    private final OrganizationService organizations;
    private final Options options;

    AdminPeopleController(PeopleService people, OrganizationService organizations, Options options) {
        this.people = people;
        this.organizations = organizations;
        this.options = options;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(required = false) Integer page, HttpServletRequest request, Model model, Locale locale) {
        var result = people.search(q, role, null, PageQuery.of(page, null));
        model.addAttribute("result", result);
        model.addAttribute("links", PageLinks.of(result, request));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("roles", options.keyed("role.", List.of(Role.values()), locale));
        return "admin/people";
    }

    @GetMapping("/{id}")
    String person(@PathVariable UUID id, Model model, Locale locale) {
        model.addAttribute("person", people.find(id));
        model.addAttribute("organizations",
                options.organizations(organizations.search(null, null, null, ORGANIZATIONS).items(), locale));
        model.addAttribute("roles", options.keyed("role.", List.of(Role.values()), locale));
        return "admin/person";
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable UUID id, RedirectAttributes redirect) {
        return change(id, () -> people.setEnabled(id, true), "admin.people.enabled", redirect);
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable UUID id, RedirectAttributes redirect) {
        return change(id, () -> people.setEnabled(id, false), "admin.people.disabled", redirect);
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        return change(id, () -> people.unlock(id), "admin.people.unlocked", redirect);
    }

    @PostMapping("/{id}/grant")
    String grant(@PathVariable UUID id, @RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) Role role, RedirectAttributes redirect) {
        if (organizationId == null || role == null) {
            redirect.addFlashAttribute("problem", "admin.people.chooseOrganizationAndRole");
            return "redirect:/admin/people/" + id;
        }
        return change(id, () -> people.grant(id, organizationId, role), "admin.people.granted", redirect);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id, @RequestParam UUID organizationId, @RequestParam Role role,
            RedirectAttributes redirect) {
        return change(id, () -> people.revoke(id, organizationId, role), "admin.people.revoked", redirect);
    }

    private static String change(UUID id, Supplier<?> action, String successKey, RedirectAttributes redirect) {
        try {
            action.get();
            redirect.addFlashAttribute("flash", successKey);
        } catch (DomainProblem problem) {
            redirect.addFlashAttribute("problem", problem.messageKey());
        }
        return "redirect:/admin/people/" + id;
    }
}
