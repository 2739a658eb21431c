package kz.edufusion.identity.web;

import jakarta.validation.Valid;
import java.util.Locale;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.domain.RegistrationService;
import kz.edufusion.identity.domain.RegistrationService.CompanySignUp;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Company self-registration: the company stays PENDING until an administrator approves it. */
@Controller
@RequestMapping("/register/company")
class CompanyRegistrationController {

    private static final String VIEW = "identity/register-company";

    private final RegistrationService registration;
    private final RegionOptions regions;
    private final Options options;

    CompanyRegistrationController(RegistrationService registration, RegionOptions regions, Options options) {
        this.registration = registration;
        this.regions = regions;
        this.options = options;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String form(Model model, Locale locale) {
        CompanySignUpForm form = new CompanySignUpForm();
        form.setLanguage(locale.getLanguage());
        model.addAttribute("form", form);
        return show(model, locale);
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") CompanySignUpForm form, BindingResult result, Model model, Locale locale) {
        Forms.requireConfirmedPassword(form, result);
        if (!form.anyName()) {
            result.rejectValue("nameKk", "pages.company.nameRequired");
        }
        if (form.getRegionCode() != null && !form.getRegionCode().isBlank() && !regions.knownRegion(form.getRegionCode())) {
            result.rejectValue("regionCode", "pages.validation.choose");
        }
        if (form.getOkedSection() != null && !form.getOkedSection().isBlank() && !regions.knownSector(form.getOkedSection())) {
            result.rejectValue("okedSection", "pages.validation.choose");
        }
        if (result.hasErrors()) {
            return show(model, locale);
        }
        try {
            registration.registerCompany(new CompanySignUp(form.getNameKk(), form.getNameRu(), form.getNameEn(), form.getBin(),
                    form.getRegionCode(), form.getOkedSection(), form.getWebsite(), form.getFullName(), form.getEmail(),
                    form.getPassword(), form.getLanguage() == null ? locale.getLanguage() : form.getLanguage()));
        } catch (DomainProblem problem) {
            Forms.reject(result, problem, fieldOf(problem.messageKey()));
            return show(model, locale);
        }
        return "redirect:/login?registered=company";
    }

    private static String fieldOf(String messageKey) {
        return switch (messageKey) {
            case "registration.problem.emailTaken" -> "email";
            case "organization.problem.binTaken" -> "bin";
            default -> null;
        };
    }

    private String show(Model model, Locale locale) {
        model.addAttribute("regions", regions.regions(locale));
        model.addAttribute("sectors", regions.sectors(locale));
        model.addAttribute("languages", options.languages(locale));
        return VIEW;
    }
}
