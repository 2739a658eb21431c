package kz.edufusion.labormarket.survey.web;

import java.util.Locale;
import java.util.Map;
import kz.edufusion.common.PageQuery;
import kz.edufusion.reference.ReferenceData;
import kz.edufusion.skills.SkillTaxonomy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Suggestions for the survey's skill and occupation inputs: htmx sends the input (named like
 * {@code skillNeeds[2].skill}) as it is typed and swaps the returned options into the page's datalist. The typed
 * text is the one parameter whose name ends with the field's name, or {@code q}.
 */
@Controller
@RequestMapping("/survey/suggest")
@PreAuthorize("hasRole('COMPANY_REPRESENTATIVE')")
class SurveySuggestController {

    private static final PageQuery SUGGESTIONS = new PageQuery(0, 12);
    private static final int MIN_LENGTH = 2;

    private final SkillTaxonomy taxonomy;
    private final ReferenceData reference;

    SurveySuggestController(SkillTaxonomy taxonomy, ReferenceData reference) {
        this.taxonomy = taxonomy;
        this.reference = reference;
    }

    @GetMapping("/skills")
    String skills(@RequestParam Map<String, String> params, Model model, Locale locale) {
        String q = typed(params, "skill");
        model.addAttribute("options", q.length() < MIN_LENGTH ? java.util.List.of()
                : taxonomy.search(q, locale.getLanguage(), SUGGESTIONS).items().stream().map(h -> h.label().in(locale)).distinct().toList());
        return "labormarket/survey-fragments :: options";
    }

    @GetMapping("/occupations")
    String occupations(@RequestParam Map<String, String> params, Model model, Locale locale) {
        String q = typed(params, "occupation");
        model.addAttribute("options", q.length() < MIN_LENGTH ? java.util.List.of()
                : reference.occupations(q, null, SUGGESTIONS).items().stream().map(o -> o.label().in(locale)).distinct().toList());
        return "labormarket/survey-fragments :: options";
    }

    private static String typed(Map<String, String> params, String field) {
        return params.entrySet().stream().filter(e -> e.getKey().equals("q") || e.getKey().endsWith("." + field))
                .map(Map.Entry::getValue).filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst().orElse("");
    }
}
