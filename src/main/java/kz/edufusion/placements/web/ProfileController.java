package kz.edufusion.placements.web;

import java.util.Locale;
import java.util.Optional;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.domain.PlacementInputRejected;
import kz.edufusion.placements.domain.ProfileCommand;
import kz.edufusion.placements.domain.SkillChoices;
import kz.edufusion.placements.domain.StudentProfile;
import kz.edufusion.placements.domain.StudentProfiles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The student's placement profile: program, field, year and region (until the coordinator has checked them) and the
 * skill list the match score reads, kept by search or by the skills the engine finds in a pasted CV text.
 */
@Controller
@RequestMapping("/placements/profile")
@PreAuthorize("hasRole('STUDENT')")
class ProfileController {

    private final StudentProfiles profiles;
    private final SkillChoices skills;

    ProfileController(StudentProfiles profiles, SkillChoices skills) {
        this.profiles = profiles;
        this.skills = skills;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q, Model model, Locale locale) {
        Optional<StudentProfile> profile = profiles.mine(user);
        model.addAttribute("form", profile.map(ProfileForm::of).orElseGet(ProfileForm::new));
        model.addAttribute("q", q);
        model.addAttribute("found", skills.search(q, locale));
        return show(profile, model);
    }

    @PostMapping
    String save(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ProfileForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        ProfileCommand command = form.command(errors);
        if (command != null) {
            try {
                profiles.saveMine(user, command);
                redirect.addFlashAttribute("flash", "placements.notice.profileSaved");
                return "redirect:/placements/profile";
            } catch (PlacementInputRejected rejected) {
                rejected.fieldProblems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
            } catch (DomainProblem refused) {
                errors.reject(refused.messageKey());
            }
        }
        return show(profiles.mine(user), model);
    }

    @PostMapping("/skills")
    String addSkill(@AuthenticationPrincipal CurrentUser user, @RequestParam String skill, RedirectAttributes redirect) {
        profiles.addSkill(user, skill);
        redirect.addFlashAttribute("flash", "placements.notice.skillAdded");
        return "redirect:/placements/profile";
    }

    @PostMapping("/skills/remove")
    String removeSkill(@AuthenticationPrincipal CurrentUser user, @RequestParam String skill) {
        profiles.removeSkill(user, skill);
        return "redirect:/placements/profile";
    }

    @PostMapping("/suggest")
    String suggest(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String text, Model model) {
        Optional<StudentProfile> profile = profiles.mine(user);
        model.addAttribute("form", profile.map(ProfileForm::of).orElseGet(ProfileForm::new));
        model.addAttribute("suggestions", skills.suggest(text).stream()
                .filter(s -> profile.map(p -> !p.skillUris().contains(s.uri())).orElse(true)).toList());
        return show(profile, model);
    }

    private String show(Optional<StudentProfile> profile, Model model) {
        model.addAttribute("profile", profile.orElse(null));
        model.addAttribute("mySkills", skills.labels(profile.map(StudentProfile::skillUris).orElse(java.util.List.of())));
        return "placements/profile";
    }
}
