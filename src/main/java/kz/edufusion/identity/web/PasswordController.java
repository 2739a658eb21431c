package kz.edufusion.identity.web;

import jakarta.validation.Valid;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.domain.PasswordResetService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forgotten password: ask for a link by e-mail, then set a new password with it. */
@Controller
@RequestMapping("/password")
class PasswordController {

    private final PasswordResetService resets;

    PasswordController(PasswordResetService resets) {
        this.resets = resets;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/forgot")
    String forgotForm(Model model) {
        model.addAttribute("form", new PasswordForms.Forgot());
        return "identity/password-forgot";
    }

    @PostMapping("/forgot")
    String forgot(@Valid @ModelAttribute("form") PasswordForms.Forgot form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "identity/password-forgot";
        }
        resets.requestReset(form.getEmail());
        // the same answer whether or not the address has an account, so the form cannot probe for accounts
        redirect.addFlashAttribute("flash", "pages.forgot.sent");
        return "redirect:/password/forgot";
    }

    @GetMapping("/reset")
    String resetForm(@RequestParam(required = false) String token, Model model) {
        PasswordForms.Reset form = new PasswordForms.Reset();
        form.setToken(token);
        model.addAttribute("form", form);
        model.addAttribute("valid", resets.valid(token));
        return "identity/password-reset";
    }

    @PostMapping("/reset")
    String reset(@Valid @ModelAttribute("form") PasswordForms.Reset form, BindingResult result, Model model) {
        Forms.requireConfirmedPassword(form, result);
        if (result.hasErrors()) {
            model.addAttribute("valid", resets.valid(form.getToken()));
            return "identity/password-reset";
        }
        try {
            resets.reset(form.getToken(), form.getPassword());
        } catch (DomainProblem problem) {
            model.addAttribute("valid", false);
            return "identity/password-reset";
        }
        return "redirect:/login?reset";
    }
}
