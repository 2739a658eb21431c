package kz.edufusion.programs.web;

import kz.edufusion.common.PageQuery;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.programs.ProgramLevel;
import kz.edufusion.programs.ProgramType;
import kz.edufusion.programs.domain.ProgramService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The register's list: filters by university, field, level, region, type and text, twenty programs a page. */
@Controller
class ProgramListController {

    private final ProgramService programs;
    private final ProgramLookups lookups;

    ProgramListController(ProgramService programs, ProgramLookups lookups) {
        this.programs = programs;
        this.lookups = lookups;
    }

    @GetMapping("/programs")
    String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("search") ProgramSearchForm search,
            BindingResult errors, @RequestParam(required = false) Integer page, Model model) {
        if (errors.hasErrors()) {
            // an unknown level or type in a hand-made link: show the unfiltered list rather than an error page
            search = new ProgramSearchForm();
            model.addAttribute("search", search);
        }
        model.addAttribute("results", programs.search(user, search.filter(), PageQuery.of(page, null)));
        model.addAttribute("query", search.query() == null ? "" : search.query());
        model.addAttribute("universities", lookups.readable(user));
        model.addAttribute("editableUniversities", lookups.editable(user));
        model.addAttribute("fields", lookups.fields());
        model.addAttribute("regions", lookups.regions());
        model.addAttribute("levels", ProgramLevel.values());
        model.addAttribute("types", ProgramType.values());
        model.addAttribute("today", java.time.LocalDate.now());
        return "programs/list";
    }
}
