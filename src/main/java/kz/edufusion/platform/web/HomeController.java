package kz.edufusion.platform.web;

import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityCounts;
import kz.edufusion.identity.IdentityDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page for visitors and each signed-in role's home with figures from the database. */
@Controller
class HomeController {

    private final IdentityDirectory directory;
    private final HomeSections sections;

    HomeController(IdentityDirectory directory, HomeSections sections) {
        this.directory = directory;
        this.sections = sections;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        IdentityCounts counts = directory.counts();
        model.addAttribute("publicFigures", sections.publicFigures(counts));
        if (user != null) {
            model.addAttribute("sections", sections.sectionsFor(user, counts));
        }
        return "home";
    }
}
