package kz.edufusion.placements.web;

import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.placements.domain.Applications;
import kz.edufusion.placements.domain.PlacementInputRejected;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.placements.domain.ProposalCommand;
import kz.edufusion.placements.domain.Proposals;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The student's own placement page: their applications (withdraw), proposals (a new one) and placements. */
@Controller
@RequestMapping("/placements")
@PreAuthorize("hasRole('STUDENT')")
class StudentPagesController {

    private final Applications applications;
    private final Proposals proposals;
    private final PlacementRegistry placements;
    private final IdentityDirectory directory;

    StudentPagesController(Applications applications, Proposals proposals, PlacementRegistry placements,
            IdentityDirectory directory) {
        this.applications = applications;
        this.proposals = proposals;
        this.placements = placements;
        this.directory = directory;
    }

    @GetMapping("/my")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("applications", applications.mine(user));
        model.addAttribute("proposals", proposals.mine(user));
        model.addAttribute("placements", placements.mine(user));
        return "placements/my";
    }

    @PostMapping("/applications/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        applications.withdraw(user, id);
        redirect.addFlashAttribute("flash", "placements.notice.withdrawn");
        return "redirect:/placements/my";
    }

    @GetMapping("/proposals/new")
    String blank(Model model) {
        model.addAttribute("form", new ProposalForm());
        return show(model);
    }

    @PostMapping("/proposals/new")
    String propose(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ProposalForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        ProposalCommand command = form.command(errors);
        if (command != null) {
            try {
                proposals.submit(user, command);
                redirect.addFlashAttribute("flash", "placements.notice.proposed");
                return "redirect:/placements/my";
            } catch (PlacementInputRejected rejected) {
                rejected.fieldProblems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
            }
        }
        return show(model);
    }

    private String show(Model model) {
        model.addAttribute("companies", directory.activeOrganizations(OrganizationType.COMPANY));
        return "placements/proposal";
    }
}
