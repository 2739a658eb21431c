package kz.edufusion.placements.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import kz.edufusion.common.export.ExportFormat;
import kz.edufusion.common.export.TableExporter;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.dashboards.DashboardAccess;
import kz.edufusion.placements.dashboards.DashboardFilter;
import kz.edufusion.placements.dashboards.DashboardFilterForm;
import kz.edufusion.placements.dashboards.DashboardFilterRejected;
import kz.edufusion.placements.dashboards.DashboardLabels;
import kz.edufusion.placements.dashboards.DashboardTables;
import kz.edufusion.placements.dashboards.KazdualProgress;
import kz.edufusion.placements.dashboards.MinistryDashboard;
import kz.edufusion.placements.dashboards.MinistryFigures;
import kz.edufusion.reference.ReferenceData;
import org.springframework.context.MessageSource;
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
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /placements/ministry}: internships and dual education nationally, by region, NACE section and field of
 * education, with paid share, dual-education participation against the KAZDUAL targets and conversion to
 * employment; filters by academic year, region and offer type; charts and CSV/XLSX of every table. No cell
 * identifies a student: fewer than five are shown as "&lt;5".
 */
@Controller
@RequestMapping("/placements/ministry")
@PreAuthorize("hasAnyRole('MINISTRY_ANALYST', 'PLATFORM_ADMIN')")
class MinistryController {

    private final MinistryDashboard dashboard;
    private final DashboardAccess access;
    private final DashboardLabels labels;
    private final DashboardTables tables;
    private final TableExporter exporter;
    private final ReferenceData reference;
    private final MessageSource messages;

    MinistryController(MinistryDashboard dashboard, DashboardAccess access, DashboardLabels labels, DashboardTables tables,
            TableExporter exporter, ReferenceData reference, MessageSource messages) {
        this.dashboard = dashboard;
        this.access = access;
        this.labels = labels;
        this.tables = tables;
        this.exporter = exporter;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") DashboardFilterForm form,
            BindingResult errors, Model model, Locale locale) {
        var regions = labels.regions();
        var sections = labels.sections();
        var fields = labels.fields();
        model.addAttribute("regionNames", regions);
        model.addAttribute("sectionNames", sections);
        model.addAttribute("fieldNames", fields);
        model.addAttribute("companyTarget", KazdualProgress.COMPANY_TARGET);
        model.addAttribute("studentTarget", KazdualProgress.STUDENT_TARGET);
        DashboardFilter filter;
        try {
            filter = form.filter(access.today(), reference);
        } catch (DashboardFilterRejected rejected) {
            rejected.fieldProblems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
            return "placements/dashboards/ministry";
        }
        MinistryFigures figures = dashboard.figures(user, filter);
        String unknown = messages.getMessage("placements.dashboards.unknown", null, locale);
        model.addAttribute("figures", figures);
        model.addAttribute("query", DashboardFilterForm.query(filter));
        model.addAttribute("regionChart", MinistryChart.of(figures.regions(), regions, unknown, locale));
        model.addAttribute("sectorChart", MinistryChart.of(figures.sectors(), sections, unknown, locale));
        model.addAttribute("fieldChart", MinistryChart.of(figures.fields(), fields, unknown, locale));
        return "placements/dashboards/ministry";
    }

    @GetMapping("/export/{table}.{format:csv|xlsx}")
    void export(@AuthenticationPrincipal CurrentUser user, @PathVariable String table, @PathVariable String format,
            @ModelAttribute DashboardFilterForm form, Locale locale, HttpServletResponse response) throws IOException {
        if (!DashboardTables.MINISTRY.contains(table)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        MinistryFigures figures = dashboard.figures(user, form.filter(access.today(), reference));
        exporter.download(tables.ministry(table, figures, locale), ExportFormat.of(format).orElseThrow(), locale, response);
    }
}
