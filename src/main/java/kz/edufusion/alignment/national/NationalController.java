package kz.edufusion.alignment.national;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.common.export.ExportFormat;
import kz.edufusion.common.export.TableExporter;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.programs.ProgramLevel;
import kz.edufusion.programs.ProgramType;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * The national view {@code /alignment}: heat map and table of supply against demand by field and region, a chart
 * of the fields, the portfolio of programs by region and sector with their scores, and every table as CSV/XLSX.
 */
@Controller
@RequestMapping("/alignment")
@PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'MINISTRY_ANALYST', 'QA_REVIEWER', 'UNIVERSITY_COORDINATOR')")
class NationalController {

    static final int PROGRAMS_ON_PAGE = 50;

    private final NationalView view;
    private final AlignmentLabels labels;
    private final NationalTables tables;
    private final TableExporter exporter;

    NationalController(NationalView view, AlignmentLabels labels, NationalTables tables, TableExporter exporter) {
        this.view = view;
        this.labels = labels;
        this.tables = tables;
        this.exporter = exporter;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") NationalFilterForm form,
            BindingResult errors, @RequestParam(required = false) Integer page, Model model, Locale locale) {
        model.addAttribute("fieldNames", labels.fields());
        model.addAttribute("regionNames", labels.regions());
        model.addAttribute("sectionNames", labels.sections());
        model.addAttribute("levels", ProgramLevel.values());
        model.addAttribute("types", ProgramType.values());
        model.addAttribute("heatLevels", HeatLevel.values());
        NationalFilter filter;
        try {
            filter = view.filter(form);
        } catch (NationalFilterRejected rejected) {
            rejected.fieldProblems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
            return "alignment/national/view";
        }
        NationalPicture picture = view.picture(user, filter);
        List<PortfolioRow> rows = picture.portfolio().rows();
        PageQuery query = PageQuery.of(page, PROGRAMS_ON_PAGE);
        int start = (int) Math.min(query.offset(), rows.size());
        model.addAttribute("picture", picture);
        model.addAttribute("matrix", picture.matrix());
        model.addAttribute("programs", PageResponse.of(rows.subList(start, Math.min(rows.size(), start + query.size())),
                query, rows.size()));
        model.addAttribute("query", NationalFilterForm.query(filter));
        model.addAttribute("chart", NationalChart.of(picture.matrix(), labels.fields(), locale));
        return "alignment/national/view";
    }

    @GetMapping("/export/{table}.{format:csv|xlsx}")
    void export(@AuthenticationPrincipal CurrentUser user, @PathVariable String table, @PathVariable String format,
            @ModelAttribute NationalFilterForm form, Locale locale, HttpServletResponse response) throws IOException {
        if (!NationalTables.TABLES.contains(table)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        NationalPicture picture = view.picture(user, view.filter(form));
        exporter.download(tables.table(table, picture, locale), ExportFormat.of(format).orElseThrow(), locale, response);
    }
}
