package kz.edufusion.academy.web;

import kz.edufusion.academy.analytics.Gender;
import kz.edufusion.academy.analytics.LearnerProfiles;
import kz.edufusion.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /academy/my/profile}: the learner's optional, changeable answer to "gender", with the privacy note saying
 * what it is used for (counted in the academy's figures, never shown per person, groups under five hidden).
 */
@Controller
class LearnerProfileController {

    private final LearnerProfiles profiles;

    LearnerProfileController(LearnerProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/academy/my/profile")
    String profile(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("gender", profiles.gender(user));
        model.addAttribute("genders", Gender.values());
        return "academy/profile";
    }

    @PostMapping("/academy/my/profile")
    String save(@AuthenticationPrincipal CurrentUser user, @RequestParam Gender gender, RedirectAttributes redirect) {
        profiles.declare(user, gender);
        redirect.addFlashAttribute("flash", "academyAnalytics.profile.saved");
        return "redirect:/academy/my/profile";
    }
}
