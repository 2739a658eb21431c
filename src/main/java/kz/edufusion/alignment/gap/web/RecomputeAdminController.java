package kz.edufusion.alignment.gap.web;

import kz.edufusion.alignment.gap.GapRecompute;
import kz.edufusion.alignment.gap.RecomputeTrigger;
import kz.edufusion.identity.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's "recompute now" button (under /admin, so administrators only): the national run, then
 * back to the page the button was on (a program's gap page, or a group page), never to another site.
 */
@Controller
class RecomputeAdminController {

    private final GapRecompute recompute;
    private final AuditLog audit;

    RecomputeAdminController(GapRecompute recompute, AuditLog audit) {
        this.recompute = recompute;
        this.audit = audit;
    }

    @PostMapping("/admin/alignment/recompute")
    String recompute(@RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        long run = recompute.recomputeNation(RecomputeTrigger.ADMIN);
        audit.record("alignment.recompute", "alignment_run", run, "national gap analysis recomputed by hand");
        redirect.addFlashAttribute("recomputed", run);
        return "redirect:" + (back != null && back.matches("/(programs/[0-9a-f-]{36}/gap|alignment/[a-z]+/[A-Za-z0-9-]{1,64})")
                ? back : "/");
    }
}
