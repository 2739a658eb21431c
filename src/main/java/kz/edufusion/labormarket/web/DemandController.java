package kz.edufusion.labormarket.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.export.ExportFormat;
import kz.edufusion.common.export.ExportTable;
import kz.edufusion.common.export.TableExporter;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.labormarket.DemandAggregates;
import kz.edufusion.labormarket.DemandFilter;
import kz.edufusion.labormarket.DemandTotals;
import kz.edufusion.labormarket.LaborMarketDemand;
import kz.edufusion.labormarket.MonthlyDemand;
import kz.edufusion.labormarket.RegionDemand;
import kz.edufusion.labormarket.SkillDemand;
import kz.edufusion.labormarket.SkillProfile;
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

/**
 * The demand pages, open to every signed-in user (vacancies are public market data): the overview with
 * charts and the top, rising and falling skills, one skill's profile, and every table of both as CSV or XLSX.
 */
@Controller
@RequestMapping("/demand")
class DemandController {

    static final int TOP_ON_PAGE = 20;
    static final int TRENDS_ON_PAGE = 10;
    static final int CHART_SKILLS = 10;

    private final LaborMarketDemand demand;
    private final DemandAggregates aggregates;
    private final ReferenceNames names;
    private final DemandTables tables;
    private final TableExporter exporter;

    DemandController(LaborMarketDemand demand, DemandAggregates aggregates, ReferenceNames names, DemandTables tables,
            TableExporter exporter) {
        this.demand = demand;
        this.aggregates = aggregates;
        this.names = names;
        this.tables = tables;
        this.exporter = exporter;
    }

    @GetMapping
    String overview(@ModelAttribute("filter") DemandFilterForm form, BindingResult errors,
            @RequestParam(required = false) Integer page, Model model, Locale locale) {
        options(model);
        model.addAttribute("lastRefresh", aggregates.lastRefresh().orElse(null));
        DemandFilter filter = form.filter(latest(), errors);
        if (filter == null) {
            return "demand/overview";
        }
        try {
            DemandTotals totals = demand.totals(filter);
            var top = demand.topSkills(filter, PageQuery.of(page, TOP_ON_PAGE));
            model.addAttribute("totals", totals);
            model.addAttribute("top", top);
            model.addAttribute("rising", demand.risingSkills(filter, TRENDS_ON_PAGE));
            model.addAttribute("falling", demand.fallingSkills(filter, TRENDS_ON_PAGE));
            model.addAttribute("query", DemandFilterForm.query(filter));
            model.addAttribute("monthsChart", monthsChart(totals.months()));
            model.addAttribute("regionsChart", regionsChart(totals.regions(), locale));
            model.addAttribute("skillsChart", ChartData.of(
                    top.items().stream().limit(CHART_SKILLS).map(s -> s.label().in(locale)).toList(),
                    top.items().stream().limit(CHART_SKILLS).map(SkillDemand::vacancies).toList()));
        } catch (DomainProblem problem) {
            reject(errors, problem);
        }
        return "demand/overview";
    }

    @GetMapping("/skills/{id}")
    String skill(@PathVariable String id, @ModelAttribute("filter") DemandFilterForm form, BindingResult errors,
            Model model, Locale locale) {
        options(model);
        model.addAttribute("skillId", id);
        model.addAttribute("label", id);
        DemandFilter filter = form.filter(latest(), errors);
        try {
            SkillProfile profile = demand.skillProfile(id, filter == null ? DemandFilter.period(null, null)
                    .withDefaultPeriod(latest()) : filter).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            if (filter != null) {
                model.addAttribute("profile", profile);
                model.addAttribute("query", DemandFilterForm.query(filter));
                model.addAttribute("monthsChart", monthsChart(profile.months()));
                model.addAttribute("regionsChart", regionsChart(profile.regions(), locale));
            }
            model.addAttribute("label", profile.demand().label().in(locale));
        } catch (DomainProblem problem) {
            reject(errors, problem);
        }
        return "demand/skill";
    }

    @GetMapping("/export/{table}.{format}")
    void export(@PathVariable String table, @PathVariable String format,
            @ModelAttribute DemandFilterForm form, BindingResult errors, Locale locale,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        ExportFormat type = format(format);
        DemandFilter filter = exportFilter(form, errors);
        ExportTable export = switch (table) {
            case "top-skills" -> tables.skills(table, demand.topSkills(filter, PageQuery.of(0, PageQuery.MAX_SIZE)).items(), locale);
            case "rising" -> tables.skills(table, demand.risingSkills(filter, PageQuery.MAX_SIZE), locale);
            case "falling" -> tables.skills(table, demand.fallingSkills(filter, PageQuery.MAX_SIZE), locale);
            case "months" -> tables.months(table, demand.totals(filter).months());
            case "regions" -> tables.regions(table, demand.totals(filter).regions(), locale);
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        exporter.download(export, type, locale, response);
    }

    @GetMapping("/skills/{id}/export/{table}.{format}")
    void exportSkill(@PathVariable String id, @PathVariable String table,
            @PathVariable String format, @ModelAttribute DemandFilterForm form, BindingResult errors, Locale locale,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        ExportFormat type = format(format);
        SkillProfile profile = demand.skillProfile(id, exportFilter(form, errors))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String name = "skill-" + table;
        ExportTable export = switch (table) {
            case "months" -> tables.months(name, profile.months());
            case "regions" -> tables.regions(name, profile.regions(), locale);
            case "employers" -> tables.employers(name, profile.employers());
            case "related" -> tables.related(name, profile.related(), locale);
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        exporter.download(export, type, locale, response);
    }

    private DemandFilter exportFilter(DemandFilterForm form, BindingResult errors) {
        DemandFilter filter = form.filter(latest(), errors);
        if (filter == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return filter;
    }

    static ExportFormat format(String extension) {
        return ExportFormat.of(extension).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static void reject(BindingResult errors, DomainProblem problem) {
        if (problem.field() == null) {
            throw problem;
        }
        errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
    }

    private YearMonth latest() {
        return demand.latestMonth().orElse(YearMonth.now(PlatformTime.ZONE));
    }

    private void options(Model model) {
        model.addAttribute("regions", names.regions());
        model.addAttribute("sections", names.sections());
    }

    private static ChartData monthsChart(List<MonthlyDemand> months) {
        return ChartData.of(months.stream().map(m -> m.month().toString()).toList(),
                months.stream().map(MonthlyDemand::vacancies).toList());
    }

    private ChartData regionsChart(List<RegionDemand> regions, Locale locale) {
        Function<String, String> region = names.regionNamer(locale);
        return ChartData.of(regions.stream().map(r -> region.apply(r.regionCode())).toList(),
                regions.stream().map(RegionDemand::vacancies).toList());
    }
}
