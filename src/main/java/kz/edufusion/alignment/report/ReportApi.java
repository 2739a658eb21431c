package kz.edufusion.alignment.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kz.edufusion.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quarterly analysis over REST: reports and their snapshots, the stored PDFs, and (analysts, administrators)
 * generating a draft and publishing it. A malformed quarter is a 400 validation problem on "quarter", an unknown
 * one 404, a published one that would change 409.
 */
@RestController
@RequestMapping("/api/v1/alignment/reports")
@Tag(name = "Alignment: quarterly analysis")
@PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'MINISTRY_ANALYST', 'QA_REVIEWER', 'UNIVERSITY_COORDINATOR')")
class ReportApi {

    private final QuarterlyReports reports;

    ReportApi(QuarterlyReports reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "Reports, newest quarter first")
    List<ReportSummary> list(@AuthenticationPrincipal CurrentUser user) {
        return reports.list(user);
    }

    @GetMapping("/{quarter}")
    @Operation(summary = "A report with the snapshot of every number and label it shows")
    ReportView report(@AuthenticationPrincipal CurrentUser user, @PathVariable String quarter) {
        return reports.view(user, quarter);
    }

    @GetMapping("/{quarter}.pdf")
    @Operation(summary = "The PDF stored at publication, in kk, ru or en")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable String quarter,
            @RequestParam(name = "language", defaultValue = "kk") String lang) {
        return ReportController.pdfResponse(reports.pdf(user, quarter, lang), quarter, lang);
    }

    @PostMapping("/{quarter}")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'MINISTRY_ANALYST')")
    @Operation(summary = "Generate (or regenerate) the draft of an ended quarter")
    ReportSummary generate(@AuthenticationPrincipal CurrentUser user, @PathVariable String quarter) {
        return reports.generate(user, quarter);
    }

    @PostMapping("/{quarter}/publish")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'MINISTRY_ANALYST')")
    @Operation(summary = "Publish the draft: render its PDFs and freeze it")
    ReportSummary publish(@AuthenticationPrincipal CurrentUser user, @PathVariable String quarter) {
        return reports.publish(user, quarter);
    }
}
