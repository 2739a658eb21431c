package kz.edufusion.tdss.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.tdss.domain.CompetenceRating;
import kz.edufusion.tdss.domain.FrameworkView;
import kz.edufusion.tdss.domain.Frameworks;
import kz.edufusion.tdss.domain.ProfileView;
import kz.edufusion.tdss.domain.SelfAssessments;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The educator's self-assessment page (rating form, radar chart of own profile against the target, gap table) and
 * the managers' page of their institution's anonymized aggregates.
 */
@Controller
class SelfAssessmentController {

    static final String DEFAULT_FRAMEWORK = "DIGCOMPEDU";

    private final Frameworks frameworks;
    private final SelfAssessments assessments;

    private final com.fasterxml.jackson.databind.ObjectMapper json;

    SelfAssessmentController(Frameworks frameworks, SelfAssessments assessments,
            com.fasterxml.jackson.databind.ObjectMapper json) {
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.json = json;
    }

    @GetMapping("/tdss/self-assessment")
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = DEFAULT_FRAMEWORK) String framework,
            Model model) {
        ProfileView profile = assessments.mine(user, framework);
        FrameworkView view = frameworks.view(framework);
        model.addAttribute("framework", view);
        model.addAttribute("frameworks", frameworks.all());
        model.addAttribute("profile", profile);
        model.addAttribute("ratings", byCode(profile));
        model.addAttribute("chart", RadarChart.of(view, profile, json));
        return "tdss/self-assessment";
    }

    @PostMapping("/tdss/self-assessment")
    String rate(@AuthenticationPrincipal CurrentUser user, @RequestParam String framework,
            @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, String> levels = new HashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("level.")) {
                levels.put(key.substring("level.".length()), value);
            }
        });
        assessments.rate(user, framework, levels);
        redirect.addFlashAttribute("flash", "tdss.notice.saved");
        return "redirect:/tdss/self-assessment?framework=" + framework;
    }

    @GetMapping("/tdss/aggregates")
    String aggregates(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = DEFAULT_FRAMEWORK) String framework,
            @RequestParam(required = false) UUID organization, Model model) {
        List<UUID> managed = assessments.managedOrganizations(user);
        UUID chosen = organization != null ? organization : managed.isEmpty() ? null : managed.get(0);
        if (chosen == null) {
            // someone who manages no institution has no aggregates to see
            throw new org.springframework.security.access.AccessDeniedException("no institution to aggregate");
        }
        model.addAttribute("aggregate", assessments.aggregates(user, framework, chosen));
        model.addAttribute("framework", frameworks.view(framework));
        model.addAttribute("frameworks", frameworks.all());
        model.addAttribute("organizations", user.memberships().stream()
                .filter(m -> managed.contains(m.organizationId())).distinct().toList());
        model.addAttribute("minGroup", SelfAssessments.MIN_GROUP);
        return "tdss/aggregates";
    }

    private static Map<String, CompetenceRating> byCode(ProfileView profile) {
        Map<String, CompetenceRating> map = new HashMap<>();
        profile.competences().forEach(c -> map.put(c.code(), c));
        return map;
    }
}
