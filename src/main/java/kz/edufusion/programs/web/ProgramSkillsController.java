package kz.edufusion.programs.web;

import java.util.Locale;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.programs.SkillLevel;
import kz.edufusion.programs.domain.ProgramService;
import kz.edufusion.programs.domain.SkillReviewService;
import kz.edufusion.skills.SkillTaxonomy;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The skill review page: the engine's proposals per outcome and discipline with their confidence; confirm with a
 * level or reject, one by one or all open ones at once; add a skill found by search (htmx fills the results in,
 * and without JavaScript the search reloads the page with them).
 */
@Controller
@RequestMapping("/programs/{id}/skills")
class ProgramSkillsController {

    private final SkillReviewService review;
    private final ProgramService programs;
    private final SkillTaxonomy taxonomy;

    ProgramSkillsController(SkillReviewService review, ProgramService programs, SkillTaxonomy taxonomy) {
        this.review = review;
        this.programs = programs;
        this.taxonomy = taxonomy;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID owner, Model model, Locale locale) {
        model.addAttribute("review", review.review(user, id));
        model.addAttribute("levels", SkillLevel.values());
        model.addAttribute("q", q);
        model.addAttribute("owner", owner);
        if (q != null && !q.isBlank()) {
            model.addAttribute("hits", taxonomy.search(q.strip(), locale.getLanguage(), new PageQuery(0, 10)).items());
        }
        return "programs/skills";
    }

    @GetMapping("/search")
    String search(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID owner, Model model, Locale locale) {
        programs.editable(user, id);
        model.addAttribute("programId", id);
        model.addAttribute("owner", owner);
        model.addAttribute("levels", SkillLevel.values());
        model.addAttribute("hits", q == null || q.isBlank() ? java.util.List.of()
                : taxonomy.search(q.strip(), locale.getLanguage(), new PageQuery(0, 10)).items());
        return "programs/skills :: hits";
    }

    @PostMapping("/{link}/confirm")
    String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID link,
            @RequestParam(required = false) SkillLevel level, RedirectAttributes redirect) {
        return act(id, redirect, "programs.skills.notice.confirmed", () -> review.confirm(user, id, link, level));
    }

    @PostMapping("/{link}/reject")
    String reject(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID link,
            RedirectAttributes redirect) {
        return act(id, redirect, "programs.skills.notice.rejected", () -> review.reject(user, id, link));
    }

    @PostMapping("/confirm-all")
    String confirmAll(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) SkillLevel level, RedirectAttributes redirect) {
        return act(id, redirect, "programs.skills.notice.confirmedAll", () -> review.confirmAll(user, id, level));
    }

    @PostMapping("/reject-all")
    String rejectAll(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "programs.skills.notice.rejectedAll", () -> review.rejectAll(user, id));
    }

    @PostMapping("/add")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) UUID owner,
            @RequestParam(required = false) String skill, @RequestParam(required = false) SkillLevel level,
            RedirectAttributes redirect) {
        return act(id, redirect, "programs.skills.notice.added", () -> review.add(user, id, owner, skill, level));
    }

    /** Runs a decision; a refusal (no level chosen, a stale link) comes back as the page's error message. */
    private static String act(UUID id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", notice);
        } catch (DomainProblem problem) {
            if (problem.status().value() == 404 && "programs.problem.notFound".equals(problem.messageKey())) {
                throw problem;
            }
            redirect.addFlashAttribute("failure", problem.messageKey());
        }
        return "redirect:/programs/" + id + "/skills";
    }
}
