package kz.edufusion.labormarket.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.common.export.TableExporter;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.labormarket.LaborMarketDemand;
import kz.edufusion.labormarket.VacancyDetails;
import kz.edufusion.labormarket.VacancySearch;
import kz.edufusion.labormarket.VacancySummary;
import kz.edufusion.reference.ReferenceData;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Vacancy search (full text in kk/ru/en and filters), one vacancy with its skills, and the results as CSV/XLSX. */
@Controller
@RequestMapping("/vacancies")
class VacancyController {

    /** Downloads stop here: a larger extract is the API's job, page by page. */
    static final int EXPORT_ROWS = 5000;

    private final LaborMarketDemand demand;
    private final ReferenceNames names;
    private final ReferenceData reference;
    private final DemandTables tables;
    private final TableExporter exporter;

    VacancyController(LaborMarketDemand demand, ReferenceNames names, ReferenceData reference, DemandTables tables,
            TableExporter exporter) {
        this.demand = demand;
        this.names = names;
        this.reference = reference;
        this.tables = tables;
        this.exporter = exporter;
    }

    @GetMapping
    String search(@ModelAttribute("search") VacancySearchForm form, BindingResult errors,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("regions", names.regions());
        model.addAttribute("sections", names.sections());
        model.addAttribute("query", form.query());
        VacancySearch search = form.search(errors);
        if (search != null) {
            try {
                model.addAttribute("results", demand.searchVacancies(search, PageQuery.of(page, size)));
            } catch (DomainProblem problem) {
                DemandController.reject(errors, problem);
            }
        }
        return "vacancies/list";
    }

    @GetMapping("/export.{format}")
    void export(@PathVariable String format, @ModelAttribute VacancySearchForm form,
            BindingResult errors, Locale locale,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        var type = DemandController.format(format);
        VacancySearch search = form.search(errors);
        if (search == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        List<VacancySummary> rows = new ArrayList<>();
        try {
            PageResponse<VacancySummary> page;
            int number = 0;
            do {
                page = demand.searchVacancies(search, new PageQuery(number++, PageQuery.MAX_SIZE));
                rows.addAll(page.items());
            } while (number < page.totalPages() && rows.size() < EXPORT_ROWS);
        } catch (DomainProblem problem) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        exporter.download(tables.vacancies("vacancies", rows, locale), type, locale, response);
    }

    @GetMapping("/{id:[0-9]{1,18}}")
    String vacancy(@PathVariable long id, Model model) {
        VacancyDetails vacancy = demand.vacancy(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("occupation", vacancy.occupationUri() == null ? null
                : reference.occupation(vacancy.occupationUri()).orElse(null));
        return "vacancies/detail";
    }
}
