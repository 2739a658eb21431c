package kz.edufusion.labormarket.survey.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Membership;
import kz.edufusion.identity.Role;
import kz.edufusion.labormarket.EmployerSurveys;
import kz.edufusion.labormarket.SurveyAnswer;
import kz.edufusion.labormarket.SurveyInputRejected;
import kz.edufusion.labormarket.SurveyQuarter;
import kz.edufusion.reference.ReferenceData;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The company representative's survey page: the current quarter's answer of the company they act for (they choose
 * the company when they represent several), saved as a draft or submitted, and their earlier quarters read-only.
 * Rows are added and removed by plain submit buttons, so the page needs no JavaScript.
 */
@Controller
@RequestMapping("/survey")
@PreAuthorize("hasRole('COMPANY_REPRESENTATIVE')")
class SurveyController {

    private static final String VIEW = "labormarket/survey";

    private final EmployerSurveys surveys;
    private final ReferenceData reference;

    SurveyController(EmployerSurveys surveys, ReferenceData reference) {
        this.surveys = surveys;
        this.reference = reference;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID organization,
            @RequestParam(required = false) String quarter, Model model, Locale locale) {
        Optional<Membership> company = company(user, organization);
        if (company.isEmpty()) {
            model.addAttribute("companies", companies(user));
            return VIEW;
        }
        UUID id = company.get().organizationId();
        SurveyQuarter current = surveys.currentQuarter();
        SurveyQuarter shown = quarter == null ? current : parse(quarter);
        List<SurveyAnswer> history = surveys.history(user, id);
        Optional<SurveyAnswer> answer = history.stream().filter(a -> a.quarter().equals(shown)).findFirst();
        if (!shown.equals(current)) {
            model.addAttribute("pastAnswer", answer.orElse(null));
            return show(user, company.get(), shown, history, answer.orElse(null), model);
        }
        SurveyAnswer start = answer.orElse(null);
        if (start == null) {
            // starting from last quarter's answer turns the survey into a review of what changed: minutes, not a blank form
            start = history.stream().filter(a -> a.quarter().compareTo(current) < 0).findFirst().orElse(null);
            model.addAttribute("prefilledFrom", start == null ? null : start.quarter());
        }
        model.addAttribute("form", SurveyForm.of(start, locale));
        return show(user, company.get(), current, history, answer.orElse(null), model);
    }

    @PostMapping
    String save(@AuthenticationPrincipal CurrentUser user, @RequestParam UUID organization,
            @Valid @ModelAttribute("form") SurveyForm form, BindingResult errors,
            @RequestParam(defaultValue = "save") String action, @RequestParam(required = false) Integer removeSkill,
            @RequestParam(required = false) Integer removeHiring, Model model, RedirectAttributes redirect) {
        Membership company = company(user, organization).orElseThrow(() -> new AccessDeniedException("not a representative"));
        SurveyQuarter current = surveys.currentQuarter();
        List<SurveyAnswer> history = surveys.history(user, organization);
        SurveyAnswer saved = history.stream().filter(a -> a.quarter().equals(current)).findFirst().orElse(null);
        if (removeSkill != null || removeHiring != null || action.startsWith("add")) {
            if (removeSkill != null) {
                form.removeSkill(removeSkill);
            }
            if (removeHiring != null) {
                form.removeHiring(removeHiring);
            }
            form.pad();
            if ("addSkill".equals(action)) {
                form.getSkillNeeds().add(new SurveyForm.SkillRow());
            }
            if ("addHiring".equals(action)) {
                form.getHires().add(new SurveyForm.HiringRow());
            }
            return show(user, company, current, history, saved, model);
        }
        if (!errors.hasErrors()) {
            boolean submit = "submit".equals(action);
            try {
                surveys.save(user, current, organization, form.toDraft(), submit);
                redirect.addFlashAttribute("flash", submit ? "lm.survey.notice.submitted" : "lm.survey.notice.saved");
                return "redirect:/survey?organization=" + organization;
            } catch (SurveyInputRejected rejected) {
                rejected.fieldProblems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
            } catch (DomainProblem problem) {
                errors.reject(problem.messageKey(), problem.arguments(), null);
            }
        }
        form.pad();
        return show(user, company, current, history, saved, model);
    }

    private String show(CurrentUser user, Membership company, SurveyQuarter quarter, List<SurveyAnswer> history,
            SurveyAnswer answer, Model model) {
        SurveyQuarter current = surveys.currentQuarter();
        model.addAttribute("company", company);
        model.addAttribute("companies", companies(user));
        model.addAttribute("quarter", quarter);
        model.addAttribute("current", current);
        model.addAttribute("editable", quarter.equals(current));
        model.addAttribute("answer", answer);
        model.addAttribute("history", history);
        model.addAttribute("regions", reference.regions());
        return VIEW;
    }

    /** The company the page is about: the one asked for (if the user represents it) or the only one they represent. */
    private static Optional<Membership> company(CurrentUser user, UUID organization) {
        List<Membership> companies = companies(user);
        if (organization == null) {
            return companies.size() == 1 ? Optional.of(companies.get(0)) : Optional.empty();
        }
        return Optional.of(companies.stream().filter(m -> m.organizationId().equals(organization)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("not a representative of " + organization)));
    }

    private static List<Membership> companies(CurrentUser user) {
        return user.memberships().stream().filter(m -> m.effective() && m.role() == Role.COMPANY_REPRESENTATIVE).toList();
    }

    private static SurveyQuarter parse(String quarter) {
        try {
            return SurveyQuarter.parse(quarter);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
