package kz.edufusion.labormarket.survey.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import kz.edufusion.common.export.ExportFormat;
import kz.edufusion.common.export.TableExporter;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.labormarket.EmployerSurveys;
import kz.edufusion.labormarket.SurveyQuarter;
import kz.edufusion.labormarket.SurveyResults;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Survey results for administrators, Ministry analysts and university coordinators: coverage, the survey's skill
 * ranking, expected hires and the joined demand picture of a quarter, each table also as CSV and XLSX. Everyone but an
 * administrator sees small cells suppressed.
 */
@Controller
@RequestMapping("/demand/survey")
@PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'MINISTRY_ANALYST', 'UNIVERSITY_COORDINATOR')")
class SurveyResultsController {

    /** The page shows the head of the joined picture; the downloads have every skill. */
    static final int PICTURE_ROWS = 50;

    private final EmployerSurveys surveys;
    private final MessageSource messages;
    private final TableExporter exporter;

    SurveyResultsController(EmployerSurveys surveys, MessageSource messages, TableExporter exporter) {
        this.surveys = surveys;
        this.messages = messages;
        this.exporter = exporter;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String quarter, Model model) {
        SurveyResults results = surveys.results(user, quarter(quarter));
        model.addAttribute("results", results);
        model.addAttribute("quarters", surveys.quarters());
        model.addAttribute("picture", results.picture().skills().stream().limit(PICTURE_ROWS).toList());
        model.addAttribute("minCompanies", SurveyResults.MIN_COMPANIES);
        return "labormarket/survey-results";
    }

    /** {@code /export.csv} or {@code /export.xlsx}; other extensions match no mapping. */
    @GetMapping("/export.{format:csv|xlsx}")
    void export(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String quarter,
            @PathVariable String format, @RequestParam String table, HttpServletResponse response, Locale locale)
            throws IOException {
        if (!SurveyResultsTables.TABLES.contains(table)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        SurveyResults results = surveys.results(user, quarter(quarter));
        exporter.download(new SurveyResultsTables(messages, locale).table(table, results),
                ExportFormat.of(format).orElseThrow(), locale, response);
    }

    private SurveyQuarter quarter(String text) {
        if (text == null || text.isBlank()) {
            return surveys.currentQuarter();
        }
        try {
            return SurveyQuarter.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
