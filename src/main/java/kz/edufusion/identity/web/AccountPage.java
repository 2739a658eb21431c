package kz.edufusion.identity.web;

import java.util.Locale;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.domain.ApiTokenService;
import kz.edufusion.identity.domain.PeopleService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the account page's model; shared by the controllers that render it. */
@Component
class AccountPage {

    static final String VIEW = "identity/account";

    private final PeopleService people;
    private final ApiTokenService tokens;
    private final Options options;

    AccountPage(PeopleService people, ApiTokenService tokens, Options options) {
        this.people = people;
        this.tokens = tokens;
        this.options = options;
    }

    String render(CurrentUser user, Model model, Locale locale) {
        // read afresh: the session copy of the user keeps the memberships and statuses of login time
        model.addAttribute("person", people.find(user.personId()));
        model.addAttribute("tokens", tokens.list(user.personId()));
        model.addAttribute("languages", options.languages(locale));
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new ApiTokenForm());
        }
        return VIEW;
    }
}
