package kz.edufusion.alignment.report;

import java.time.Instant;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.labormarket.SurveyQuarter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quarterly analysis pages: the list (with the generate form for analysts and administrators), one report in
 * the viewer's language rendered from its snapshot, publishing, and the stored PDFs.
 */
@Controller
@RequestMapping("/alignment/reports")
@PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'MINISTRY_ANALYST', 'QA_REVIEWER', 'UNIVERSITY_COORDINATOR')")
class ReportController {

    private final QuarterlyReports reports;
    private final ReportDocuments documents;

    ReportController(QuarterlyReports reports, ReportDocuments documents) {
        this.reports = reports;
        this.documents = documents;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("reports", reports.list(user));
        model.addAttribute("mayWrite", QuarterlyReports.mayWrite(user));
        if (!model.containsAttribute("quarter")) {
            model.addAttribute("quarter", SurveyQuarter.at(Instant.now()).previous().toString());
        }
        return "alignment/report/list";
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'MINISTRY_ANALYST')")
    String generate(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String quarter, Model model,
            RedirectAttributes redirect) {
        try {
            ReportSummary summary = reports.generate(user, quarter);
            redirect.addFlashAttribute("notice", "alignment.report.generated");
            return "redirect:/alignment/reports/" + summary.quarter();
        } catch (DomainProblem problem) {
            if (!"quarter".equals(problem.field())) {
                throw problem;
            }
            model.addAttribute("quarter", quarter);
            model.addAttribute("quarterError", problem.messageKey());
            return list(user, model);
        }
    }

    @GetMapping("/{quarter}")
    String report(@AuthenticationPrincipal CurrentUser user, @PathVariable String quarter, Model model) {
        ReportView view = reports.view(user, quarter);
        model.addAllAttributes(documents.variables(view.snapshot()));
        model.addAttribute("summary", view.summary());
        model.addAttribute("mayWrite", QuarterlyReports.mayWrite(user));
        return "alignment/report/report";
    }

    @PostMapping("/{quarter}/regenerate")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'MINISTRY_ANALYST')")
    String regenerate(@AuthenticationPrincipal CurrentUser user, @PathVariable String quarter, RedirectAttributes redirect) {
        ReportSummary summary = reports.generate(user, quarter);
        redirect.addFlashAttribute("notice", "alignment.report.generated");
        return "redirect:/alignment/reports/" + summary.quarter();
    }

    @PostMapping("/{quarter}/publish")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'MINISTRY_ANALYST')")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable String quarter, RedirectAttributes redirect) {
        ReportSummary summary = reports.publish(user, quarter);
        redirect.addFlashAttribute("notice", "alignment.report.publishedNotice");
        return "redirect:/alignment/reports/" + summary.quarter();
    }

    @GetMapping("/{quarter}.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable String quarter,
            @RequestParam(name = "language", required = false) String lang, java.util.Locale locale) {
        String language = lang == null || lang.isBlank() ? locale.getLanguage() : lang.strip();
        return pdfResponse(reports.pdf(user, quarter, language), quarter, language);
    }

    static ResponseEntity<byte[]> pdfResponse(byte[] pdf, String quarter, String language) {
        String name = "edufusion-labor-market-" + SurveyQuarter.parse(quarter) + "-" + language + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(pdf);
    }
}
