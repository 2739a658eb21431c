package kz.edufusion.placements.web;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import kz.edufusion.placements.domain.Applications;
import kz.edufusion.placements.domain.OfferFilter;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.domain.PlacementInputRejected;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.placements.domain.ProfileCommand;
import kz.edufusion.placements.domain.Proposals;
import kz.edufusion.placements.domain.StudentProfile;
import kz.edufusion.placements.domain.StudentProfiles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's view of their university's students: profiles, applications, placements and proposals waiting
 * for a decision; a student's page to keep the profile and nominate the student for an offer.
 */
@Controller
@RequestMapping("/placements/coordinator")
@PreAuthorize("hasRole('UNIVERSITY_COORDINATOR')")
class CoordinatorController {

    private final StudentProfiles profiles;
    private final Applications applications;
    private final Proposals proposals;
    private final PlacementRegistry placements;
    private final Offers offers;
    private final IdentityDirectory directory;

    CoordinatorController(StudentProfiles profiles, Applications applications, Proposals proposals, PlacementRegistry placements,
            Offers offers, IdentityDirectory directory) {
        this.profiles = profiles;
        this.applications = applications;
        this.proposals = proposals;
        this.placements = placements;
        this.offers = offers;
        this.directory = directory;
    }

    @GetMapping
    String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
        var students = profiles.ofMyUniversities(user);
        model.addAttribute("students", students);
        model.addAttribute("names", names(students));
        model.addAttribute("applications", applications.ofMyUniversities(user));
        model.addAttribute("placements", placements.ofMyUniversities(user));
        model.addAttribute("proposals", proposals.ofMyUniversities(user));
        return "placements/coordinator";
    }

    @PostMapping("/proposals/{id}/approve")
    String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        proposals.approve(user, id);
        redirect.addFlashAttribute("flash", "placements.notice.proposalApproved");
        return "redirect:/placements/coordinator";
    }

    @PostMapping("/proposals/{id}/reject")
    String reject(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            proposals.reject(user, id, reason);
            redirect.addFlashAttribute("flash", "placements.notice.proposalRejected");
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return "redirect:/placements/coordinator";
    }

    @GetMapping("/students/{personId}")
    String student(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID personId, Model model) {
        StudentProfile profile = profiles.ofStudent(user, personId);
        model.addAttribute("form", ProfileForm.of(profile));
        return show(user, profile, model);
    }

    @PostMapping("/students/{personId}")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID personId, @ModelAttribute("form") ProfileForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        StudentProfile profile = profiles.ofStudent(user, personId);
        ProfileCommand command = form.command(errors);
        if (command != null) {
            try {
                profiles.saveFor(user, personId, command);
                redirect.addFlashAttribute("flash", "placements.notice.profileSaved");
                return "redirect:/placements/coordinator/students/" + personId;
            } catch (PlacementInputRejected rejected) {
                rejected.fieldProblems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
            }
        }
        return show(user, profile, model);
    }

    @PostMapping("/students/{personId}/nominate")
    String nominate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID personId, @RequestParam UUID offer,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            applications.nominate(user, offer, personId, note);
            redirect.addFlashAttribute("flash", "placements.notice.nominated");
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            redirect.addFlashAttribute("flashErrorArgs", refused.arguments());
        }
        return "redirect:/placements/coordinator/students/" + personId;
    }

    private String show(CurrentUser user, StudentProfile profile, Model model) {
        model.addAttribute("profile", profile);
        model.addAttribute("studentName", directory.person(profile.personId()).map(PersonView::fullName).orElse(""));
        model.addAttribute("studentApplications", applications.ofMyUniversities(user).stream()
                .filter(a -> a.studentId().equals(profile.personId())).toList());
        model.addAttribute("openOffers", offers.search(user, OfferFilter.none(), new PageQuery(0, PageQuery.MAX_SIZE)).items());
        return "placements/student";
    }

    private Map<UUID, String> names(java.util.List<StudentProfile> students) {
        return students.stream().map(StudentProfile::personId).distinct()
                .collect(Collectors.toMap(Function.identity(),
                        id -> directory.person(id).map(PersonView::fullName).orElse("")));
    }
}
