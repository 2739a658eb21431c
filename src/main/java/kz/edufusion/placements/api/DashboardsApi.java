package kz.edufusion.placements.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.PlacementStatus;
import kz.edufusion.placements.dashboards.CompanyDashboard;
import kz.edufusion.placements.dashboards.CompanyFigures;
import kz.edufusion.placements.dashboards.CoordinatorDashboard;
import kz.edufusion.placements.dashboards.CoordinatorFigures;
import kz.edufusion.placements.dashboards.CoordinatorList;
import kz.edufusion.placements.dashboards.DashboardAccess;
import kz.edufusion.placements.dashboards.DashboardFilter;
import kz.edufusion.placements.dashboards.DashboardFilterForm;
import kz.edufusion.placements.dashboards.DashboardRow;
import kz.edufusion.placements.dashboards.MinistryDashboard;
import kz.edufusion.placements.dashboards.MinistryFigures;
import kz.edufusion.reference.ReferenceData;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboards as JSON with the pages' parameters ({@code year} as "2026/2027", {@code region}, {@code type});
 * a bad value is a 400 validation problem naming each bad parameter, an organization the caller does not act for
 * a 404. The Ministry's counts of 1 to 4 students are null (the pages show "&lt;5").
 */
@RestController
@RequestMapping("/api/v1/placements/dashboards")
@Tag(name = "Internship dashboards", description = "Coordinator, company and national figures of internships and dual education")
class DashboardsApi {

    private final CoordinatorDashboard coordinator;
    private final CompanyDashboard company;
    private final MinistryDashboard ministry;
    private final DashboardAccess access;
    private final ReferenceData reference;

    DashboardsApi(CoordinatorDashboard coordinator, CompanyDashboard company, MinistryDashboard ministry,
            DashboardAccess access, ReferenceData reference) {
        this.coordinator = coordinator;
        this.company = company;
        this.ministry = ministry;
        this.access = access;
        this.reference = reference;
    }

    @GetMapping("/coordinator")
    @PreAuthorize("hasRole('UNIVERSITY_COORDINATOR')")
    @Operation(summary = "A university's figures for an academic year (the caller's first university by default)")
    CoordinatorFigures coordinator(@AuthenticationPrincipal CurrentUser user, @ModelAttribute DashboardFilterForm form,
            @RequestParam(required = false) UUID university) {
        return coordinator.figures(user, university, filter(form).year());
    }

    @GetMapping("/coordinator/{list}")
    @PreAuthorize("hasRole('UNIVERSITY_COORDINATOR')")
    @Operation(summary = "The students or placements behind a figure: unplaced, placed, placements, paid, unpaid, late, at-risk")
    PageResponse<DashboardRow> coordinatorList(@AuthenticationPrincipal CurrentUser user, @PathVariable String list,
            @ModelAttribute DashboardFilterForm form, @RequestParam(required = false) UUID university,
            @RequestParam(required = false) String program, @RequestParam(required = false) Integer yearOfStudy,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        CoordinatorList kind = CoordinatorList.ofSlug(list)
                .orElseThrow(() -> DomainProblem.notFound("placements.dashboards.problem.noSuchList"));
        return coordinator.list(user, university, filter(form).year(), kind, program, yearOfStudy, PageQuery.of(page, size));
    }

    @GetMapping("/company")
    @PreAuthorize("hasRole('COMPANY_REPRESENTATIVE')")
    @Operation(summary = "A company's applicants per offer and status, interns by status and mentor workload")
    CompanyFigures company(@AuthenticationPrincipal CurrentUser user, @ModelAttribute DashboardFilterForm form,
            @RequestParam(required = false) UUID company) {
        return this.company.figures(user, company, filter(form).year());
    }

    @GetMapping("/company/interns")
    @PreAuthorize("hasRole('COMPANY_REPRESENTATIVE')")
    @Operation(summary = "A company's interns of the year, optionally of one status and one mentor")
    PageResponse<DashboardRow> interns(@AuthenticationPrincipal CurrentUser user, @ModelAttribute DashboardFilterForm form,
            @RequestParam(required = false) UUID company, @RequestParam(required = false) PlacementStatus status,
            @RequestParam(required = false) UUID mentor, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return this.company.interns(user, company, filter(form).year(), status, mentor, false, PageQuery.of(page, size));
    }

    @GetMapping("/ministry")
    @PreAuthorize("hasAnyRole('MINISTRY_ANALYST', 'PLATFORM_ADMIN')")
    @Operation(summary = "National figures by region, NACE section and field of education, dual education against the KAZDUAL targets")
    MinistryFigures ministry(@AuthenticationPrincipal CurrentUser user, @ModelAttribute DashboardFilterForm form) {
        return ministry.figures(user, filter(form));
    }

    private DashboardFilter filter(DashboardFilterForm form) {
        return form.filter(access.today(), reference);
    }
}
