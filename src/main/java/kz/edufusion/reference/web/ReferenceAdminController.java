package kz.edufusion.reference.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.reference.ImportRun;
import kz.edufusion.reference.ReferenceCounts;
import kz.edufusion.reference.ReferenceData;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The administrator's read-only browser of the reference datasets and their imports. */
@Controller
@RequestMapping("/admin/reference")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class ReferenceAdminController {

    static final List<String> DATASETS = List.of("regions", "fields", "nqf", "oked", "isco", "occupations");

    private final ReferenceData reference;

    ReferenceAdminController(ReferenceData reference) {
        this.reference = reference;
    }

    @GetMapping
    String overview(Model model) {
        ReferenceCounts counts = reference.counts();
        Map<String, ImportRun> imports = reference.latestImports().stream()
                .collect(Collectors.toMap(ImportRun::dataset, Function.identity()));
        Map<String, Long> rows = Map.of("regions", counts.regions(), "fields", counts.fieldsOfEducation(),
                "nqf", counts.nqfLevels(), "oked", counts.economicSections() + counts.economicDivisions(),
                "isco", counts.iscoGroups(), "occupations", counts.occupations());
        model.addAttribute("summaries", DATASETS.stream()
                .map(d -> DatasetSummary.of(d, rows.get(d), imports.get(d))).toList());
        return "reference/overview";
    }

    @GetMapping("/{dataset}")
    String dataset(@PathVariable String dataset, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        PageQuery query = PageQuery.of(page, size);
        String text = q == null ? "" : q.strip();
        PageResponse<?> result = switch (dataset) {
            case "regions" -> InMemoryPage.of(reference.regions(), text, r -> r.code(), r -> r.name(), query);
            case "fields" -> InMemoryPage.of(reference.fieldsOfEducation(), text, f -> f.code(), f -> f.name(), query);
            case "nqf" -> InMemoryPage.of(reference.nqfLevels(), text, n -> String.valueOf(n.level()), n -> n.name(), query);
            case "oked" -> reference.economicActivities(text, null, query);
            case "isco" -> reference.iscoGroups(text, query);
            case "occupations" -> reference.occupations(text, null, query);
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        model.addAttribute("dataset", dataset);
        model.addAttribute("q", text);
        model.addAttribute("page", result);
        return "reference/dataset";
    }
}
