package kz.edufusion.placements.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;
import kz.edufusion.placements.domain.ApplicationView;
import kz.edufusion.placements.domain.Applications;
import kz.edufusion.placements.domain.Decision;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.domain.PlacementRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The company's side: its offers and interns, and the applicants of one offer with the steps (shortlist, interview,
 * accept, reject with a reason) as one-click forms, since mentors' time is the employers' scarcest resource.
 */
@Controller
@RequestMapping("/placements/company")
@PreAuthorize("hasAnyRole('COMPANY_REPRESENTATIVE', 'UNIVERSITY_COORDINATOR')")
class CompanyPagesController {

    private final Offers offers;
    private final Applications applications;
    private final PlacementRegistry placements;

    CompanyPagesController(Offers offers, Applications applications, PlacementRegistry placements) {
        this.offers = offers;
        this.applications = applications;
        this.placements = placements;
    }

    @GetMapping
    String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("offers", offers.managedOffers(user));
        model.addAttribute("interns", placements.interns(user));
        return "placements/company";
    }

    @GetMapping("/offers/{id}")
    String offer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        OfferView offer = offers.managedView(user, id);
        boolean representative = user.actsFor(offer.companyId(), Role.COMPANY_REPRESENTATIVE);
        List<ApplicationView> applicants = representative ? applications.ofOffer(user, id) : List.of();
        model.addAttribute("offer", offer);
        model.addAttribute("representative", representative);
        model.addAttribute("applicants", applicants);
        return "placements/applicants";
    }

    @PostMapping("/applications/{id}/decision")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam Decision.Action action,
            @RequestParam(required = false) String interviewAt, @RequestParam(required = false) String interviewPlace,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        LocalDateTime at = FormValues.dateTime(interviewAt);
        Decision decision = new Decision(action, at == null ? null : at.atZone(PlatformTime.ZONE).toInstant(), interviewPlace,
                reason);
        ApplicationView application = applications.read(user, id);
        try {
            applications.decide(user, id, decision);
            redirect.addFlashAttribute("flash", "placements.notice.decision." + action);
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("flashError", refused.fieldProblems().isEmpty() ? refused.messageKey()
                    : refused.fieldProblems().get(0).messageKey());
            redirect.addFlashAttribute("flashErrorArgs", refused.arguments());
        }
        return "redirect:/placements/company/offers/" + application.offerId();
    }
}
