package kz.edufusion.tdss.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.tdss.domain.DevelopmentPlans;
import kz.edufusion.tdss.domain.EvidenceFile;
import kz.edufusion.tdss.domain.Frameworks;
import kz.edufusion.tdss.domain.GoalInput;
import kz.edufusion.tdss.domain.PlanView;
import kz.edufusion.tdss.domain.TrainingRecords;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The educator's plans (list, a plan with its goals, evidence and recommended training) and the coordinator's review
 * page (plans of their institution, external training records waiting for a decision).
 */
@Controller
class PlansController {

    private final DevelopmentPlans plans;
    private final Frameworks frameworks;
    private final TrainingRecords records;

    PlansController(DevelopmentPlans plans, Frameworks frameworks, TrainingRecords records) {
        this.plans = plans;
        this.frameworks = frameworks;
        this.records = records;
    }

    @GetMapping("/tdss/plans")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("plans", plans.mine(user));
        model.addAttribute("frameworks", frameworks.all());
        return "tdss/plans";
    }

    @PostMapping("/tdss/plans")
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam String framework,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd) {
        return "redirect:/tdss/plans/" + plans.create(user, framework, periodStart, periodEnd).id();
    }

    @GetMapping("/tdss/plans/{id}")
    String plan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        PlanView plan = plans.get(user, id);
        model.addAttribute("plan", plan);
        model.addAttribute("owner", plan.personId().equals(user.personId()));
        model.addAttribute("supervisor", plans.supervises(user, plan));
        model.addAttribute("framework", frameworks.view(plan.framework()));
        model.addAttribute("recommendations", plans.recommendations(user, id));
        model.addAttribute("goalStatuses", DevelopmentPlans.GOAL_STATUSES);
        return "tdss/plan";
    }

    @PostMapping("/tdss/plans/{id}/goals")
    String addGoal(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) String competence, @RequestParam(required = false) String targetLevel,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam(required = false) UUID programId, @RequestParam(required = false) String description,
            RedirectAttributes redirect) {
        plans.addGoal(user, id, new GoalInput(competence, targetLevel, dueOn, programId, description));
        redirect.addFlashAttribute("flash", "tdss.plan.goalAdded");
        return "redirect:/tdss/plans/" + id;
    }

    @PostMapping("/tdss/plans/{id}/goals/{goal}/status")
    String goalStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID goal,
            @RequestParam String status) {
        plans.goalStatus(user, id, goal, status);
        return "redirect:/tdss/plans/" + id;
    }

    @PostMapping("/tdss/plans/{id}/goals/{goal}/evidence")
    String evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID goal,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        plans.addEvidence(user, id, goal, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
        redirect.addFlashAttribute("flash", "tdss.plan.evidenceAdded");
        return "redirect:/tdss/plans/" + id;
    }

    @GetMapping("/tdss/plans/{id}/evidence/{evidence}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID evidence) {
        return file(plans.evidence(user, id, evidence));
    }

    @PostMapping("/tdss/plans/{id}/submit")
    String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        plans.submit(user, id);
        redirect.addFlashAttribute("flash", "tdss.plan.submitted");
        return "redirect:/tdss/plans/" + id;
    }

    @PostMapping("/tdss/plans/{id}/approve")
    String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        plans.approve(user, id, comment);
        redirect.addFlashAttribute("flash", "tdss.plan.approved");
        return "redirect:/tdss/review";
    }

    @PostMapping("/tdss/plans/{id}/return")
    String sendBack(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        plans.sendBack(user, id, comment);
        redirect.addFlashAttribute("flash", "tdss.plan.returned");
        return "redirect:/tdss/review";
    }

    @GetMapping("/tdss/review")
    String review(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("plans", plans.toReview(user));
        model.addAttribute("records", records.pending(user));
        return "tdss/review";
    }

    @PostMapping("/tdss/review/{id}/confirm")
    String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        records.confirm(user, id);
        redirect.addFlashAttribute("flash", "tdss.training.confirmed");
        return "redirect:/tdss/review";
    }

    @PostMapping("/tdss/review/{id}/reject")
    String reject(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        records.reject(user, id, reason);
        redirect.addFlashAttribute("flash", "tdss.training.rejected");
        return "redirect:/tdss/review";
    }

    static ResponseEntity<byte[]> file(EvidenceFile file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
