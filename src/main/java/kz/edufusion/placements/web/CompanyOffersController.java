package kz.edufusion.placements.web;

import java.util.Locale;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.domain.PlacementInputRejected;
import kz.edufusion.placements.domain.OfferDraft;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.SkillChoice;
import kz.edufusion.placements.domain.SkillChoices;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing offers: a company's representatives for their company, a university coordinator for any active company
 * (on its behalf). "Propose skills" runs the extraction engine over the texts and adds what it finds to the list.
 */
@Controller
@RequestMapping("/placements/company/offers")
@PreAuthorize("hasAnyRole('COMPANY_REPRESENTATIVE', 'UNIVERSITY_COORDINATOR')")
class CompanyOffersController {

    private static final String FORM = "placements/offer-form";

    private final Offers offers;
    private final SkillChoices skills;

    CompanyOffersController(Offers offers, SkillChoices skills) {
        this.offers = offers;
        this.skills = skills;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/new")
    String blank(@AuthenticationPrincipal CurrentUser user, Model model) {
        OfferForm form = new OfferForm();
        user.organizationsWhere(Role.COMPANY_REPRESENTATIVE).stream().findFirst().ifPresent(form::setCompanyId);
        model.addAttribute("form", form);
        return show(user, null, model);
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") OfferForm form, BindingResult errors,
            @RequestParam(defaultValue = "save") String action, Model model, Locale locale, RedirectAttributes redirect) {
        if ("suggest".equals(action)) {
            return suggest(user, null, form, model, locale);
        }
        OfferDraft draft = checked(form, errors, locale);
        if (!errors.hasErrors()) {
            try {
                OfferView offer = offers.create(user, form.getCompanyId(), draft);
                redirect.addFlashAttribute("flash", "placements.notice.offerSaved");
                return "redirect:/placements/company/offers/" + offer.id();
            } catch (PlacementInputRejected rejected) {
                rejected.fieldProblems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
            }
        }
        return show(user, null, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model, Locale locale) {
        OfferView offer = offers.managedView(user, id);
        model.addAttribute("form", OfferForm.of(offer, locale));
        return show(user, offer, model);
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") OfferForm form,
            BindingResult errors, @RequestParam(defaultValue = "save") String action, Model model, Locale locale,
            RedirectAttributes redirect) {
        OfferView offer = offers.managedView(user, id);
        if ("suggest".equals(action)) {
            return suggest(user, offer, form, model, locale);
        }
        OfferDraft draft = checked(form, errors, locale);
        if (!errors.hasErrors()) {
            try {
                offers.update(user, id, draft);
                redirect.addFlashAttribute("flash", "placements.notice.offerSaved");
                return "redirect:/placements/company/offers/" + id;
            } catch (PlacementInputRejected rejected) {
                rejected.fieldProblems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
            }
        }
        return show(user, offer, model);
    }

    @PostMapping("/{id}/publish")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        offers.publish(user, id);
        redirect.addFlashAttribute("flash", "placements.notice.published");
        return "redirect:/placements/company/offers/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        offers.delete(user, id);
        redirect.addFlashAttribute("flash", "placements.notice.deleted");
        return "redirect:/placements/company";
    }

    @PostMapping("/{id}/close")
    String close(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        offers.close(user, id);
        redirect.addFlashAttribute("flash", "placements.notice.closed");
        return "redirect:/placements/company/offers/" + id;
    }

    /** The form's own errors and the offer rules' together, so one round trip shows every mistake. */
    private OfferDraft checked(OfferForm form, BindingResult errors, Locale locale) {
        OfferDraft draft = form.draft(skills, locale, errors);
        offers.problems(draft).stream().filter(p -> !errors.hasFieldErrors(p.field()))
                .forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
        return draft;
    }

    private String suggest(CurrentUser user, OfferView offer, OfferForm form, Model model, Locale locale) {
        StringBuilder list = new StringBuilder(form.getSkills() == null ? "" : form.getSkills().strip());
        for (SkillChoice choice : skills.suggest(form.texts())) {
            String label = choice.label().in(locale);
            if (!FormValues.lines(list.toString()).contains(label)) {
                list.append(list.isEmpty() ? "" : "\n").append(label);
            }
        }
        form.setSkills(list.toString());
        model.addAttribute("suggested", true);
        return show(user, offer, model);
    }

    private String show(CurrentUser user, OfferView offer, Model model) {
        model.addAttribute("offer", offer);
        model.addAttribute("companies", offers.companiesToPublishFor(user));
        return FORM;
    }
}
