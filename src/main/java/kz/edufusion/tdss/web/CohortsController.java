package kz.edufusion.tdss.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.tdss.domain.CohortInput;
import kz.edufusion.tdss.domain.CohortView;
import kz.edufusion.tdss.domain.Cohorts;
import kz.edufusion.tdss.domain.TrainingPrograms;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators' cohorts: the list with the form to open one, and a cohort's members, sessions and attendance sheet. */
@Controller
class CohortsController {

    private final Cohorts cohorts;
    private final TrainingPrograms programs;

    CohortsController(Cohorts cohorts, TrainingPrograms programs) {
        this.cohorts = cohorts;
        this.programs = programs;
    }

    @GetMapping("/tdss/cohorts")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("cohorts", cohorts.list(user));
        model.addAttribute("programs", programs.visible(user));
        model.addAttribute("defaultShare", cohorts.defaultShare());
        return "tdss/cohorts";
    }

    @PostMapping("/tdss/cohorts")
    String open(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID programId,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) Integer capacity, @RequestParam(required = false) BigDecimal completionShare) {
        CohortView cohort = cohorts.open(user, new CohortInput(programId, title, startsOn, endsOn, capacity, completionShare, null));
        return "redirect:/tdss/cohorts/" + cohort.id();
    }

    @GetMapping("/tdss/cohorts/{id}")
    String cohort(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        CohortView cohort = cohorts.get(user, id);
        model.addAttribute("cohort", cohort);
        List<UUID> members = cohort.members().stream().map(CohortView.Member::personId).toList();
        model.addAttribute("candidates", cohorts.candidates(user, id).stream().filter(p -> !members.contains(p.id())).toList());
        return "tdss/cohort";
    }

    @PostMapping("/tdss/cohorts/{id}/members")
    String addMember(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) UUID personId) {
        cohorts.addMember(user, id, personId);
        return "redirect:/tdss/cohorts/" + id;
    }

    @PostMapping("/tdss/cohorts/{id}/sessions")
    String addSession(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(required = false) String topic) {
        cohorts.addSession(user, id, heldOn, topic);
        return "redirect:/tdss/cohorts/" + id;
    }

    @PostMapping("/tdss/cohorts/{id}/sessions/{session}/attendance")
    String attendance(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID session,
            @RequestParam(name = "present", required = false) List<UUID> present, RedirectAttributes redirect) {
        cohorts.markAttendance(user, id, session, present == null ? new HashSet<>() : new HashSet<>(present));
        redirect.addFlashAttribute("flash", "tdss.cohort.attendanceSaved");
        return "redirect:/tdss/cohorts/" + id;
    }
}
