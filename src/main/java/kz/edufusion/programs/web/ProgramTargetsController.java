package kz.edufusion.programs.web;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.programs.domain.TargetService;
import kz.edufusion.reference.ReferenceData;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Target occupations (suggested from the education area, or found by search) and the NACE sections served. */
@Controller
@RequestMapping("/programs/{id}/targets")
class ProgramTargetsController {

    private final TargetService targets;
    private final ReferenceData reference;
    private final ProgramLookups lookups;

    ProgramTargetsController(TargetService targets, ReferenceData reference, ProgramLookups lookups) {
        this.targets = targets;
        this.reference = reference;
        this.lookups = lookups;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String q,
            Model model) {
        model.addAttribute("targets", targets.targets(user, id));
        model.addAttribute("sections", lookups.sections());
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("hits", reference.occupations(q.strip(), null, new PageQuery(0, 15)).items());
        }
        return "programs/targets";
    }

    @PostMapping("/add")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String occupation,
            @RequestParam(defaultValue = "false") boolean suggested, RedirectAttributes redirect) {
        return act(id, redirect, () -> targets.add(user, id, occupation, suggested));
    }

    @PostMapping("/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam String occupation,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> targets.remove(user, id, occupation));
    }

    @PostMapping("/sectors")
    String sectors(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) List<String> sections, RedirectAttributes redirect) {
        return act(id, redirect, () -> targets.sectors(user, id, sections));
    }

    private static String act(UUID id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", "programs.notice.saved");
        } catch (DomainProblem problem) {
            if ("programs.problem.notFound".equals(problem.messageKey())) {
                throw problem;
            }
            redirect.addFlashAttribute("failure", problem.messageKey());
        }
        return "redirect:/programs/" + id + "/targets";
    }
}
