package kz.edufusion.identity.web;

import jakarta.validation.Valid;
import java.util.Locale;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.domain.OrganizationService;
import kz.edufusion.identity.domain.RegistrationService;
import kz.edufusion.identity.domain.RegistrationService.StudentSignUp;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Student self-registration at an active university or college. */
@Controller
@RequestMapping("/register/student")
class StudentRegistrationController {

    private static final String VIEW = "identity/register-student";

    private final RegistrationService registration;
    private final OrganizationService organizations;
    private final Options options;

    StudentRegistrationController(RegistrationService registration, OrganizationService organizations, Options options) {
        this.registration = registration;
        this.organizations = organizations;
        this.options = options;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String form(Model model, Locale locale) {
        StudentSignUpForm form = new StudentSignUpForm();
        form.setLanguage(locale.getLanguage());
        model.addAttribute("form", form);
        return show(model, locale);
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") StudentSignUpForm form, BindingResult result, Model model, Locale locale) {
        Forms.requireConfirmedPassword(form, result);
        if (result.hasErrors()) {
            return show(model, locale);
        }
        try {
            registration.registerStudent(new StudentSignUp(form.getFullName(), form.getEmail(), form.getPassword(),
                    form.getUniversityId(), form.getLanguage()));
        } catch (DomainProblem problem) {
            Forms.reject(result, problem, "registration.problem.emailTaken".equals(problem.messageKey()) ? "email" : "universityId");
            return show(model, locale);
        }
        // no automatic login: the student proves they know the password they just chose
        return "redirect:/login?registered";
    }

    private String show(Model model, Locale locale) {
        model.addAttribute("universities", options.organizations(organizations.activeEducational(), locale));
        model.addAttribute("languages", options.languages(locale));
        return VIEW;
    }
}
