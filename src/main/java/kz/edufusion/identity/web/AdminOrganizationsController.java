package kz.edufusion.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
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

/**
 * Organizations for administrators: search, details, and the status changes. Companies waiting for
 * approval are listed first, each with a one-click approve button, because they block their people.
 */
@Controller
@RequestMapping("/admin/organizations")
class AdminOrganizationsController {

    private static final PageQuery ALL_PENDING = new PageQuery(0, PageQuery.MAX_SIZE);

    private final OrganizationService organizations;
    private final PeopleService people;
    private final Options options;
    private final RegionOptions regions;

    AdminOrganizationsController(OrganizationService organizations, PeopleService people, Options options, RegionOptions regions) {
        this.organizations = organizations;
        this.people = people;
        this.options = options;
        this.regions = regions;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("regionNames")
    java.util.Map<String, String> regionNames(Locale locale) {
        return regions.regionNames(locale);
    }

    @GetMapping
    String list(@RequestParam(required = false) OrganizationType type, @RequestParam(required = false) OrganizationStatus status,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            HttpServletRequest request, Model model, Locale locale) {
        var result = organizations.search(type, status, q, PageQuery.of(page, null));
        model.addAttribute("pending", organizations.search(OrganizationType.COMPANY, OrganizationStatus.PENDING, null, ALL_PENDING).items());
        model.addAttribute("result", result);
        model.addAttribute("links", PageLinks.of(result, request));
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("types", options.keyed("organizationType.", List.of(OrganizationType.values()), locale));
        model.addAttribute("statuses", options.keyed("organizationStatus.", List.of(OrganizationStatus.values()), locale));
        return "admin/organizations";
    }

    @GetMapping("/{id}")
    String details(@PathVariable UUID id, @RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
        var members = people.search(null, null, id, PageQuery.of(page, null));
        model.addAttribute("organization", organizations.find(id));
        model.addAttribute("members", members);
        model.addAttribute("links", PageLinks.of(members, request));
        return "admin/organization";
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable UUID id, RedirectAttributes redirect) {
        return change(() -> organizations.approve(id), "admin.organizations.approved", redirect);
    }

    @PostMapping("/{id}/suspend")
    String suspend(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        if (reason == null || reason.isBlank()) {
            // the reason is shown to the organization's members and kept in the audit log, so it is required
            redirect.addFlashAttribute("problem", "admin.organizations.reasonRequired");
            return "redirect:/admin/organizations";
        }
        return change(() -> organizations.suspend(id, reason.strip()), "admin.organizations.suspended", redirect);
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        return change(() -> organizations.reactivate(id), "admin.organizations.reactivated", redirect);
    }

    private static String change(Supplier<?> action, String successKey, RedirectAttributes redirect) {
        try {
            action.get();
            redirect.addFlashAttribute("flash", successKey);
        } catch (DomainProblem problem) {
            // e.g. a second click on "approve" after someone else approved it: say so instead of failing
            redirect.addFlashAttribute("problem", problem.messageKey());
        }
        return "redirect:/admin/organizations";
    }
}
