package kz.edufusion.placements.web;

import java.io.IOException;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;
import kz.edufusion.placements.OfferStatus;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.domain.Applications;
import kz.edufusion.placements.domain.CvUpload;
import kz.edufusion.placements.domain.OfferFilter;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.domain.PlacementInputRejected;
import kz.edufusion.placements.domain.StudentProfiles;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The students' offer search (filters and the skill-match score) and an offer's page with the application form.
 * Any signed-in person may search; only published offers of active companies are found.
 */
@Controller
@RequestMapping("/placements/offers")
class OffersController {

    private final Offers offers;
    private final Applications applications;
    private final StudentProfiles profiles;

    OffersController(Offers offers, Applications applications, StudentProfiles profiles) {
        this.offers = offers;
        this.applications = applications;
        this.profiles = profiles;
    }

    @GetMapping
    String search(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) OfferType type,
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "false") boolean remote,
            @RequestParam(defaultValue = "false") boolean paid, @RequestParam(required = false) String field,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, Model model) {
        OfferFilter filter = new OfferFilter(type, region, remote, paid, field, q, "match".equals(sort));
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort);
        model.addAttribute("results", offers.search(user, filter, PageQuery.of(page, 20)));
        model.addAttribute("hasProfile", profiles.mine(user).isPresent());
        return "placements/offers";
    }

    @GetMapping("/{id}")
    String offer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        return show(user, offers.visible(user, id), model);
    }

    @PostMapping("/{id}/apply")
    String apply(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String motivation,
            @RequestParam(required = false) MultipartFile cv, Model model, RedirectAttributes redirect) throws IOException {
        OfferView offer = offers.visible(user, id);
        try {
            applications.apply(user, id, motivation, cv == null || cv.isEmpty() ? null : new CvUpload(cv.getOriginalFilename(),
                    cv.getBytes()));
            redirect.addFlashAttribute("flash", "placements.notice.applied");
            return "redirect:/placements/my";
        } catch (PlacementInputRejected rejected) {
            model.addAttribute("fieldErrors", rejected.fieldProblems());
        } catch (DomainProblem refused) {
            model.addAttribute("refusal", refused.messageKey());
            model.addAttribute("refusalArgs", refused.arguments());
        }
        model.addAttribute("motivation", motivation);
        return show(user, offer, model);
    }

    private String show(CurrentUser user, OfferView offer, Model model) {
        model.addAttribute("offer", offer);
        model.addAttribute("canApply", user.has(Role.STUDENT) && offer.status() == OfferStatus.PUBLISHED);
        model.addAttribute("hasProfile", profiles.mine(user).isPresent());
        model.addAttribute("cvLimitMb", applications.cvLimit().toMegabytes());
        model.addAttribute("applied", applications.mine(user).stream().anyMatch(a -> a.offerId().equals(offer.id())));
        return "placements/offer";
    }
}
