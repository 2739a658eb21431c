package kz.edufusion.labormarket.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.labormarket.LaborMarketDemand;
import kz.edufusion.labormarket.VacancyDetails;
import kz.edufusion.labormarket.VacancySearch;
import kz.edufusion.labormarket.VacancySummary;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Vacancy search and details for any signed-in client; duplicates are never listed. */
@RestController
@RequestMapping("/api/v1/labormarket/vacancies")
@Tag(name = "Vacancies", description = "Imported vacancies: full text search in Kazakh, Russian and English")
class VacanciesApi {

    private final LaborMarketDemand demand;

    VacanciesApi(LaborMarketDemand demand) {
        this.demand = demand;
    }

    @GetMapping
    @Operation(summary = "Full text (web search syntax) over title and text in kk/ru/en, ranked, then newest; filters")
    PageResponse<VacancySummary> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) String region, @RequestParam(required = false) String section,
            @Parameter(description = "skill URI or its last segment") @RequestParam(required = false) String skill,
            @Parameter(description = "KZT per month") @RequestParam(required = false) BigDecimal minSalary,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedTo,
            @RequestParam(required = false) String employer,
            @Parameter(description = "4-digit ISCO-08 unit groups (any of)") @RequestParam(required = false) java.util.List<String> isco,
            @Parameter(description = "NACE sections (any of)") @RequestParam(required = false) java.util.List<String> sections,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return demand.searchVacancies(new VacancySearch(q, region, section, skill, minSalary, publishedFrom, publishedTo,
                employer, isco, sections), PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One vacancy with its skills")
    VacancyDetails vacancy(@PathVariable long id) {
        return demand.vacancy(id).orElseThrow(() -> DomainProblem.notFound("lm.vacancies.notFound"));
    }
}
