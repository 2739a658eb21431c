package kz.edufusion.academy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.academy.accreditation.AccreditationMarks;
import kz.edufusion.academy.analytics.AcademyAnalytics;
import kz.edufusion.academy.analytics.AcademyOverview;
import kz.edufusion.academy.analytics.AnalyticsTables;
import kz.edufusion.academy.analytics.CourseFigures;
import kz.edufusion.academy.analytics.SemesterRow;
import kz.edufusion.common.export.ExportFormat;
import kz.edufusion.common.export.TableExporter;
import kz.edufusion.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The academy's analytics: {@code /academy/analytics} for administrators, ministry analysts and university
 * coordinators (their universities only), and {@code /academy/teach/courses/{id}/analytics} for a course's owner.
 * Each table is also a chart (scripts in static/js/academy-analytics.js read the data attributes) and a CSV/XLSX
 * download. Who sees what is decided in {@link AcademyAnalytics}.
 */
@Controller
class AnalyticsController {

    private final AcademyAnalytics analytics;
    private final AnalyticsTables tables;
    private final TableExporter exporter;

    private final AccreditationMarks accreditation;

    AnalyticsController(AcademyAnalytics analytics, AnalyticsTables tables, TableExporter exporter, AccreditationMarks accreditation) {
        this.accreditation = accreditation;
        this.analytics = analytics;
        this.tables = tables;
        this.exporter = exporter;
    }

    @GetMapping("/academy/analytics")
    String academy(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID university,
            @RequestParam(required = false) String semester, Model model) {
        AcademyOverview overview = overview(user, university, semester);
        model.addAttribute("overview", overview);
        model.addAttribute("universities", analytics.universities(user));
        model.addAttribute("chart", SemesterChart.of(overview.semesters()));
        model.addAttribute("query", query(overview));
        model.addAttribute("enrollmentTarget", SemesterRow.ENROLLMENT_TARGET);
        model.addAttribute("femaleTarget", SemesterRow.FEMALE_STEM_TARGET);
        model.addAttribute("accreditation", accreditation.progress());
        return "academy/analytics";
    }

    @GetMapping("/academy/analytics/export/{table}.{format:csv|xlsx}")
    void exportAcademy(@AuthenticationPrincipal CurrentUser user, @PathVariable String table, @PathVariable String format,
            @RequestParam(required = false) UUID university, @RequestParam(required = false) String semester, Locale locale,
            HttpServletResponse response) throws IOException {
        AcademyOverview overview = overview(user, university, semester);
        exporter.download(tables.academy(table, overview, locale), ExportFormat.of(format).orElseThrow(), locale, response);
    }

    @GetMapping("/academy/teach/courses/{id}/analytics")
    String course(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        CourseFigures figures = analytics.course(user, id);
        model.addAttribute("figures", figures);
        model.addAttribute("chart", SemesterChart.of(figures.semesters()));
        model.addAttribute("lessonChart", LessonChart.of(figures.lessons()));
        model.addAttribute("enrollmentTarget", SemesterRow.ENROLLMENT_TARGET);
        model.addAttribute("femaleTarget", SemesterRow.FEMALE_STEM_TARGET);
        return "academy/course-analytics";
    }

    @GetMapping("/academy/teach/courses/{id}/analytics/export/{table}.{format:csv|xlsx}")
    void exportCourse(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable String table,
            @PathVariable String format, Locale locale, HttpServletResponse response) throws IOException {
        exporter.download(tables.course(table, analytics.course(user, id), locale), ExportFormat.of(format).orElseThrow(), locale,
                response);
    }

    private AcademyOverview overview(CurrentUser user, UUID university, String semester) {
        return analytics.overview(user, university, semester);
    }

    private static String query(AcademyOverview overview) {
        return "semester=" + overview.selected().code() + (overview.university() == null ? "" : "&university=" + overview.university());
    }
}
