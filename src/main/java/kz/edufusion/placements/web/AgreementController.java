package kz.edufusion.placements.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.function.Supplier;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.agreements.AgreementPage;
import kz.edufusion.placements.agreements.AgreementTerms;
import kz.edufusion.placements.agreements.AgreementVersion;
import kz.edufusion.placements.agreements.IpOwner;
import kz.edufusion.placements.agreements.Agreements;
import kz.edufusion.placements.agreements.Signing;
import kz.edufusion.placements.domain.PlacementInputRejected;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
 * The agreement tab of a placement: the university or the company prepares the draft in Kazakh or Russian, edits
 * and sends it; the three parties sign the PDF sent; amendments and termination with a reason; the version history.
 * Every step is checked again by {@link Agreements} (404 for non-parties, 403 for the wrong party).
 */
@Controller
@RequestMapping("/placements/placement/{id}/agreement")
class AgreementController {

    private static final String PAGE = "placements/agreement";

    private final Agreements agreements;

    AgreementController(Agreements agreements) {
        this.agreements = agreements;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        return page(user, id, model);
    }

    @PostMapping("/prepare")
    String prepare(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String language,
            RedirectAttributes redirect) {
        return step(id, redirect, () -> agreements.prepare(user, id, language), "placements.agreements.notice.prepared");
    }

    @PostMapping("/draft")
    String draft(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") AgreementForm form,
            BindingResult errors, @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        AgreementTerms terms = form.terms(errors);
        if (!errors.hasErrors()) {
            try {
                if ("send".equals(action)) {
                    agreements.saveAndSend(user, id, terms);
                } else {
                    agreements.saveDraft(user, id, terms);
                }
                redirect.addFlashAttribute("flash", "send".equals(action) ? "placements.agreements.notice.sent"
                        : "placements.agreements.notice.saved");
                return redirect(id);
            } catch (PlacementInputRejected rejected) {
                rejected.fieldProblems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
            } catch (DomainProblem refused) {
                return refusedOrThrow(id, redirect, refused);
            }
        }
        return page(user, id, model);
    }

    @PostMapping("/sign")
    String sign(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute("signForm") AgreementSignForm form,
            BindingResult errors, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            agreements.sign(user, id, new Signing(form.getParty(), form.getFullName(), form.isConsent(), request.getRemoteAddr(),
                    request.getHeader(HttpHeaders.USER_AGENT)));
            redirect.addFlashAttribute("flash", "placements.agreements.notice.signed");
            return redirect(id);
        } catch (PlacementInputRejected rejected) {
            rejected.fieldProblems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
            return page(user, id, model);
        } catch (DomainProblem refused) {
            return refusedOrThrow(id, redirect, refused);
        }
    }

    @PostMapping("/amend")
    String amend(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute("amendForm") ReasonForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return withReason(user, id, errors, model, redirect, () -> agreements.amend(user, id, form.getReason()),
                "placements.agreements.notice.amendment");
    }

    @PostMapping("/terminate")
    String terminate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @ModelAttribute("terminateForm") ReasonForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return withReason(user, id, errors, model, redirect, () -> agreements.terminate(user, id, form.getReason()),
                "placements.agreements.notice.terminated");
    }

    /** The version's PDF with its signature page once anyone signed (the pages signed are kept unchanged). */
    @GetMapping("/versions/{version}/pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable int version) {
        return agreements.pdf(user, id, version, true).download();
    }

    /** Exactly the bytes the parties sign: their SHA-256 is the one every signature records. */
    @GetMapping("/versions/{version}/document.pdf")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable int version) {
        return agreements.pdf(user, id, version, false).download();
    }

    private String withReason(CurrentUser user, UUID id, BindingResult errors, Model model, RedirectAttributes redirect,
            Supplier<?> action, String notice) {
        try {
            action.get();
            redirect.addFlashAttribute("flash", notice);
            return redirect(id);
        } catch (PlacementInputRejected rejected) {
            rejected.fieldProblems().forEach(p -> errors.rejectValue("reason", p.messageKey()));
            return page(user, id, model);
        } catch (DomainProblem refused) {
            return refusedOrThrow(id, redirect, refused);
        }
    }

    private String step(UUID id, RedirectAttributes redirect, Supplier<?> action, String notice) {
        try {
            action.get();
            redirect.addFlashAttribute("flash", notice);
        } catch (DomainProblem refused) {
            return refusedOrThrow(id, redirect, refused);
        }
        return redirect(id);
    }

    /** Not found and not allowed become the problem page; a step not possible now is said on the tab. */
    private static String refusedOrThrow(UUID id, RedirectAttributes redirect, DomainProblem refused) {
        int status = refused.status().value();
        if (status == 404 || status == 403) {
            throw refused;
        }
        redirect.addFlashAttribute("flashError", refused.messageKey());
        redirect.addFlashAttribute("flashErrorArgs", refused.arguments());
        return redirect(id);
    }

    private String page(CurrentUser user, UUID id, Model model) {
        AgreementPage page = agreements.page(user, id);
        model.addAttribute("page", page);
        model.addAttribute("p", page.placement());
        model.addAttribute("ipOwners", IpOwner.values());
        model.addAttribute("signingParties", AgreementVersion.SIGNING);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", page.agreement().flatMap(a -> a.open()).map(v -> AgreementForm.of(v.terms()))
                    .orElseGet(AgreementForm::new));
        }
        if (!model.containsAttribute("signForm")) {
            AgreementSignForm sign = new AgreementSignForm();
            if (!page.maySignAs().isEmpty()) {
                sign.setParty(page.maySignAs().get(0));
            }
            model.addAttribute("signForm", sign);
        }
        if (!model.containsAttribute("amendForm")) {
            model.addAttribute("amendForm", new ReasonForm());
        }
        if (!model.containsAttribute("terminateForm")) {
            model.addAttribute("terminateForm", new ReasonForm());
        }
        return PAGE;
    }

    private static String redirect(UUID id) {
        return "redirect:/placements/placement/" + id + "/agreement";
    }
}
