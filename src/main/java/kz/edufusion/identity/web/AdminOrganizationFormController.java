package kz.edufusion.identity.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.identity.domain.OrganizationService;
import kz.edufusion.identity.domain.OrganizationService.NewOrganization;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An administrator registers a university, college, agency, ministry or company directly as ACTIVE. */
@Controller
class AdminOrganizationFormController {

    private static final String VIEW = "admin/organization-new";

    private final OrganizationService organizations;
    private final RegionOptions regions;
    private final Options options;

    AdminOrganizationFormController(OrganizationService organizations, RegionOptions regions, Options options) {
        this.organizations = organizations;
        this.regions = regions;
        this.options = options;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/admin/organizations/new")
    String form(Model model, Locale locale) {
        model.addAttribute("form", new OrganizationForm());
        return show(model, locale);
    }

    @PostMapping("/admin/organizations")
    String create(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes redirect) {
        if (!form.anyName()) {
            result.rejectValue("nameKk", "pages.company.nameRequired");
        }
        if (result.hasErrors()) {
            return show(model, locale);
        }
        try {
            OrganizationView created = organizations.create(new NewOrganization(form.getType(),
                    LocalizedText.of(form.getNameKk(), form.getNameRu(), form.getNameEn()), form.getShortName(), form.getBin(),
                    form.getRegionCode(), form.getOkedSection(), form.getWebsite()), OrganizationStatus.ACTIVE);
            redirect.addFlashAttribute("flash", "admin.organizations.created");
            return "redirect:/admin/organizations/" + created.id();
        } catch (DomainProblem problem) {
            Forms.reject(result, problem, "organization.problem.binTaken".equals(problem.messageKey()) ? "bin" : "shortName");
            return show(model, locale);
        }
    }

    private String show(Model model, Locale locale) {
        model.addAttribute("types", options.keyed("organizationType.", List.of(OrganizationType.values()), locale));
        model.addAttribute("regions", regions.regions(locale));
        model.addAttribute("sectors", regions.sectors(locale));
        return VIEW;
    }
}
