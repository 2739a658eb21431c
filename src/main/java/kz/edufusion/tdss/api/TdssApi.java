package kz.edufusion.tdss.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.tdss.domain.AggregateView;
import kz.edufusion.tdss.domain.FrameworkView;
import kz.edufusion.tdss.domain.Frameworks;
import kz.edufusion.tdss.domain.ProfileView;
import kz.edufusion.tdss.domain.SelfAssessments;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Frameworks (any signed-in person may read them), the caller's own self-assessment (educators; another's id answers
 * 404) and institution aggregates (coordinators of that institution and administrators; others 403 or 404).
 */
@RestController
@RequestMapping("/api/v1/tdss")
@Tag(name = "Teacher development", description = "Competence frameworks and educators' self-assessments")
class TdssApi {

    private final Frameworks frameworks;
    private final SelfAssessments assessments;

    TdssApi(Frameworks frameworks, SelfAssessments assessments) {
        this.frameworks = frameworks;
        this.assessments = assessments;
    }

    record RatingsRequest(Map<String, String> ratings) {
    }

    @GetMapping("/frameworks")
    @Operation(summary = "Every framework with its levels, areas and competences")
    List<FrameworkView> frameworks() {
        return frameworks.all();
    }

    @GetMapping("/frameworks/{code}")
    @Operation(summary = "One framework by code")
    FrameworkView framework(@PathVariable String code) {
        return frameworks.view(code);
    }

    @GetMapping("/self-assessments/mine")
    @Operation(summary = "The caller's self-assessment in a framework with the gap to the educators' target profile")
    ProfileView mine(@AuthenticationPrincipal CurrentUser user, @RequestParam String framework) {
        return assessments.mine(user, framework);
    }

    @PutMapping("/self-assessments/mine")
    @Operation(summary = "Rate oneself: competence code to level code; replaces the earlier ratings in the framework")
    ProfileView rate(@AuthenticationPrincipal CurrentUser user, @RequestParam String framework,
            @RequestBody RatingsRequest request) {
        return assessments.rate(user, framework, request.ratings() == null ? Map.of() : request.ratings());
    }

    @GetMapping("/self-assessments/{id}")
    @Operation(summary = "One of the caller's own self-assessments")
    ProfileView assessment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return assessments.get(user, id);
    }

    @GetMapping("/aggregates")
    @Operation(summary = "Anonymized means per competence of one institution; withheld below five educators")
    AggregateView aggregates(@AuthenticationPrincipal CurrentUser user, @RequestParam String framework,
            @RequestParam UUID organization) {
        return assessments.aggregates(user, framework, organization);
    }
}
