package kz.edufusion.skills.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.skills.SkillTaxonomy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read access to the skill taxonomy: ranked search over kk/ru/en labels and synonyms, and skill details. */
@RestController
@RequestMapping("/api/v1/skills")
@Tag(name = "Skills", description = "The skill taxonomy: ESCO v1.2 skills with curated Kazakh and Russian labels, synonyms and custom skills")
class SkillsApi {

    private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    private final SkillTaxonomy taxonomy;

    SkillsApi(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GetMapping
    @Operation(summary = "Search skills by label or synonym in any language: exact matches first, then prefix, then contains")
    PageResponse<SkillSummary> search(@RequestParam(required = false) String q,
            @Parameter(description = "kk, ru or en: the language of the returned labels, preferred on ties")
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        String language = language(lang);
        var result = taxonomy.search(q, language, PageQuery.of(page, size));
        return new PageResponse<>(result.items().stream().map(h -> SkillSummary.of(h, language)).toList(),
                result.page(), result.size(), result.totalItems(), result.totalPages());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One skill by the last segment of its URI (the ESCO UUID or a custom slug); a merged skill answers "
            + "with the skill it was merged into. A full URI goes to /by-uri: the security firewall refuses encoded slashes in paths")
    SkillDetailsResponse skill(@PathVariable String id, @RequestParam(required = false) String lang) {
        return details(id, lang);
    }

    @GetMapping("/by-uri")
    @Operation(summary = "One skill by its full URI, e.g. ?uri=http://data.europa.eu/esco/skill/...")
    SkillDetailsResponse byUri(@RequestParam String uri, @RequestParam(required = false) String lang) {
        return details(uri, lang);
    }

    private SkillDetailsResponse details(String id, String lang) {
        return taxonomy.findById(id).flatMap(skill -> taxonomy.details(skill.uri()))
                .map(details -> SkillDetailsResponse.of(details, language(lang)))
                .orElseThrow(() -> DomainProblem.notFound("skills.notFound"));
    }

    private static String language(String lang) {
        if (lang != null && LANGUAGES.contains(lang)) {
            return lang;
        }
        String current = LocaleContextHolder.getLocale().getLanguage();
        return LANGUAGES.contains(current) ? current : "en";
    }
}
