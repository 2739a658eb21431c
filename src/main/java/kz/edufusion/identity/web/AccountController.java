package kz.edufusion.identity.web;

import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import kz.edufusion.common.Languages;
import kz.edufusion.common.web.PreferredLocaleResolver;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.domain.PeopleService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own profile and preferred language. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final AccountPage page;
    private final PeopleService people;

    AccountController(AccountPage page, PeopleService people) {
        this.page = page;
        this.people = people;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        return page.render(user, model, locale);
    }

    @PostMapping("/language")
    String language(@RequestParam String language, Authentication authentication, HttpSession session,
            RedirectAttributes redirect) {
        if (!Languages.isSupported(language)) {
            redirect.addFlashAttribute("problem", "pages.account.languageUnknown");
            return "redirect:/account";
        }
        // saved to the profile so it follows the user to other devices, and to the session so it applies now
        people.remember(authentication, Languages.orDefault(language));
        session.setAttribute(PreferredLocaleResolver.SESSION_ATTRIBUTE, language);
        redirect.addFlashAttribute("flash", "pages.account.languageSaved");
        return "redirect:/account";
    }
}
