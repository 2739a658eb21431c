package kz.edufusion.placements.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.export.ExportFormat;
import kz.edufusion.common.export.TableExporter;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.identity.Role;
import kz.edufusion.placements.PlacementStatus;
import kz.edufusion.placements.dashboards.AcademicYear;
import kz.edufusion.placements.dashboards.CompanyDashboard;
import kz.edufusion.placements.dashboards.CoordinatorDashboard;
import kz.edufusion.placements.dashboards.CoordinatorList;
import kz.edufusion.placements.dashboards.DashboardAccess;
import kz.edufusion.placements.dashboards.DashboardFilterForm;
import kz.edufusion.placements.dashboards.DashboardFilterRejected;
import kz.edufusion.placements.dashboards.DashboardTables;
import kz.edufusion.reference.ReferenceData;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /placements/dashboard}: the coordinator's view of a university they coordinate and the representative's view
 * of a company they represent, for one academic year (a person holding both roles sees both), every figure linking
 * to the list behind it, every table as CSV or XLSX.
 */
@Controller
@RequestMapping("/placements/dashboard")
@PreAuthorize("hasAnyRole('UNIVERSITY_COORDINATOR', 'COMPANY_REPRESENTATIVE')")
class DashboardController {

    private final CoordinatorDashboard coordinator;
    private final CompanyDashboard company;
    private final DashboardAccess access;
    private final DashboardTables tables;
    private final TableExporter exporter;
    private final IdentityDirectory directory;
    private final ReferenceData reference;

    DashboardController(CoordinatorDashboard coordinator, CompanyDashboard company, DashboardAccess access,
            DashboardTables tables, TableExporter exporter, IdentityDirectory directory, ReferenceData reference) {
        this.coordinator = coordinator;
        this.company = company;
        this.access = access;
        this.tables = tables;
        this.exporter = exporter;
        this.directory = directory;
        this.reference = reference;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") DashboardFilterForm form,
            BindingResult errors, @RequestParam(required = false) UUID university,
            @RequestParam(required = false) UUID company, Model model) {
        AcademicYear year = year(form, errors);
        model.addAttribute("universities", organizations(user, Role.UNIVERSITY_COORDINATOR));
        model.addAttribute("companies", organizations(user, Role.COMPANY_REPRESENTATIVE));
        if (year == null) {
            return "placements/dashboards/dashboard";
        }
        if (user.has(Role.UNIVERSITY_COORDINATOR)) {
            var figures = coordinator.figures(user, university, year);
            model.addAttribute("coordinator", figures);
            model.addAttribute("coordinatorQuery", query("university", figures.universityId(), year));
        }
        if (user.has(Role.COMPANY_REPRESENTATIVE)) {
            var figures = this.company.figures(user, company, year);
            model.addAttribute("company", figures);
            model.addAttribute("companyQuery", query("company", figures.companyId(), year));
        }
        model.addAttribute("statuses", PlacementStatus.values());
        model.addAttribute("applicationStatuses", kz.edufusion.placements.ApplicationStatus.values());
        return "placements/dashboards/dashboard";
    }

    @GetMapping("/students/{list}")
    String students(@AuthenticationPrincipal CurrentUser user, @PathVariable String list,
            @ModelAttribute("filter") DashboardFilterForm form, BindingResult errors,
            @RequestParam(required = false) UUID university, @RequestParam(required = false) String program,
            @RequestParam(required = false) Integer yearOfStudy, @RequestParam(required = false) Integer page, Model model) {
        CoordinatorList kind = CoordinatorList.ofSlug(list).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        AcademicYear year = requiredYear(form);
        var rows = coordinator.list(user, university, year, kind, program, yearOfStudy, PageQuery.of(page, 50));
        UUID universityId = access.university(user, university);
        String query = builder("university", universityId, year)
                .queryParamIfPresent("program", Optional.ofNullable(program))
                .queryParamIfPresent("yearOfStudy", Optional.ofNullable(yearOfStudy)).encode().build().getQuery();
        model.addAttribute("kind", kind);
        model.addAttribute("rows", rows);
        model.addAttribute("year", year);
        model.addAttribute("organizationName", name(universityId));
        model.addAttribute("listPath", "/placements/dashboard/students/" + kind.slug());
        model.addAttribute("listQuery", query);
        model.addAttribute("back", "/placements/dashboard?" + query("university", universityId, year));
        model.addAttribute("title", "placements.dashboards.list." + kind.slug());
        return "placements/dashboards/list";
    }

    @GetMapping("/interns")
    String interns(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") DashboardFilterForm form,
            BindingResult errors, @RequestParam(required = false) UUID company,
            @RequestParam(required = false) PlacementStatus status, @RequestParam(required = false) String mentor,
            @RequestParam(required = false) Integer page, Model model) {
        AcademicYear year = requiredYear(form);
        boolean noMentor = "none".equals(mentor);
        UUID mentorId = noMentor || mentor == null || mentor.isBlank() ? null : uuid(mentor);
        var rows = this.company.interns(user, company, year, status, mentorId, noMentor, PageQuery.of(page, 50));
        UUID companyId = access.company(user, company);
        String query = builder("company", companyId, year)
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .queryParamIfPresent("mentor", Optional.ofNullable(mentor)).encode().build().getQuery();
        model.addAttribute("kind", null);
        model.addAttribute("rows", rows);
        model.addAttribute("year", year);
        model.addAttribute("organizationName", name(companyId));
        model.addAttribute("listPath", "/placements/dashboard/interns");
        model.addAttribute("listQuery", query);
        model.addAttribute("back", "/placements/dashboard?" + query("company", companyId, year));
        model.addAttribute("title", "placements.dashboards.list.interns");
        return "placements/dashboards/list";
    }

    @GetMapping("/export/coordinator/{table}.{format:csv|xlsx}")
    void exportCoordinator(@AuthenticationPrincipal CurrentUser user, @PathVariable String table, @PathVariable String format,
            @ModelAttribute DashboardFilterForm form, @RequestParam(required = false) UUID university, Locale locale,
            HttpServletResponse response) throws IOException {
        if (!DashboardTables.COORDINATOR.contains(table)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var figures = coordinator.figures(user, university, requiredYear(form));
        exporter.download(tables.coordinator(table, figures, locale), ExportFormat.of(format).orElseThrow(), locale, response);
    }

    @GetMapping("/export/company/{table}.{format:csv|xlsx}")
    void exportCompany(@AuthenticationPrincipal CurrentUser user, @PathVariable String table, @PathVariable String format,
            @ModelAttribute DashboardFilterForm form, @RequestParam(required = false) UUID company, Locale locale,
            HttpServletResponse response) throws IOException {
        if (!DashboardTables.COMPANY.contains(table)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var figures = this.company.figures(user, company, requiredYear(form));
        exporter.download(tables.company(table, figures, locale), ExportFormat.of(format).orElseThrow(), locale, response);
    }

    /** The year of the form, or null with the field errors on the form. */
    private AcademicYear year(DashboardFilterForm form, BindingResult errors) {
        try {
            return requiredYear(form);
        } catch (DashboardFilterRejected rejected) {
            rejected.fieldProblems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
            return null;
        }
    }

    /** The year of the form; a bad filter reaching no form becomes the problem page (400). */
    private AcademicYear requiredYear(DashboardFilterForm form) {
        return form.filter(access.today(), reference).year();
    }

    private Map<UUID, LocalizedText> organizations(CurrentUser user, Role role) {
        Map<UUID, LocalizedText> names = new LinkedHashMap<>();
        user.organizationsWhere(role).forEach(id -> names.put(id, name(id)));
        return names;
    }

    private LocalizedText name(UUID organization) {
        return directory.organization(organization).map(OrganizationView::name).orElse(LocalizedText.of("", "", ""));
    }

    private static String query(String key, UUID organization, AcademicYear year) {
        return builder(key, organization, year).encode().build().getQuery();
    }

    private static UriComponentsBuilder builder(String key, UUID organization, AcademicYear year) {
        return UriComponentsBuilder.newInstance().queryParam(key, organization).queryParam("year", year.label());
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw kz.edufusion.common.web.DomainProblem.invalidField("mentor", "placements.dashboards.filter.mentor");
        }
    }
}
