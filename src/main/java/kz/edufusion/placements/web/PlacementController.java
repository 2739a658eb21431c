package kz.edufusion.placements.web;

import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.PlacementParty;
import kz.edufusion.placements.domain.PlacementParticipation;
import kz.edufusion.placements.domain.PlacementRegistry;
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
 * The overview of one placement, open to its parties only (student, coordinators of the university, representatives
 * of the company, its tutor and mentor): the terms, the people, and the pickers that name the tutor and the mentor.
 * The agreement, plan, diary and evaluation are tabs with pages of their own.
 */
@Controller
@RequestMapping("/placements/placement/{id}")
class PlacementController {

    private final PlacementRegistry placements;

    PlacementController(PlacementRegistry placements) {
        this.placements = placements;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        PlacementParticipation participation = placements.participation(user, id);
        model.addAttribute("p", participation.placement());
        model.addAttribute("parties", participation.parties());
        model.addAttribute("people", placements.people(participation.placement()));
        if (participation.is(PlacementParty.UNIVERSITY)) {
            model.addAttribute("tutorChoices", placements.tutorChoices(participation.placement()));
        }
        if (participation.is(PlacementParty.COMPANY)) {
            model.addAttribute("mentorChoices", placements.mentorChoices(participation.placement()));
        }
        return "placements/placement";
    }

    @PostMapping("/tutor")
    String tutor(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) UUID tutorId,
            RedirectAttributes redirect) {
        return assigned(redirect, id, () -> placements.assignTutor(user, id, tutorId), "placements.notice.tutorAssigned");
    }

    @PostMapping("/mentor")
    String mentor(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) UUID mentorId,
            RedirectAttributes redirect) {
        return assigned(redirect, id, () -> placements.assignMentor(user, id, mentorId), "placements.notice.mentorAssigned");
    }

    private String assigned(RedirectAttributes redirect, UUID id, Runnable assignment, String notice) {
        try {
            assignment.run();
            redirect.addFlashAttribute("flash", notice);
        } catch (DomainProblem refused) {
            if (refused.status().value() == 404) {
                throw refused;
            }
            redirect.addFlashAttribute("flashError", refused.messageKey());
            redirect.addFlashAttribute("flashErrorArgs", refused.arguments());
        }
        return "redirect:/placements/placement/" + id;
    }
}
