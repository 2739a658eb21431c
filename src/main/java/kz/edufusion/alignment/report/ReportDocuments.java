package kz.edufusion.alignment.report;

import java.util.Locale;
import java.util.Map;
import kz.edufusion.common.Languages;
import kz.edufusion.common.documents.PdfDocuments;
import kz.edufusion.common.web.PlatformTime;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A snapshot as a PDF in one language: templates/alignment/report/pdf.html (the same content fragment as the HTML
 * page) rendered outside any request, then printed by {@link PdfDocuments}.
 */
@Component
class ReportDocuments {

    private final ITemplateEngine templates;
    private final PdfDocuments pdf;
    private final PlatformTime time;

    ReportDocuments(ITemplateEngine templates, PdfDocuments pdf, PlatformTime time) {
        this.templates = templates;
        this.pdf = pdf;
        this.time = time;
    }

    /** The variables the content fragment reads, for the PDF and the page alike. */
    Map<String, Object> variables(ReportSnapshot report) {
        return Map.of("report", report, "generatedAt", time.format(report.generatedAt()),
                "scoredAt", report.alignment().scoredAt() == null ? "" : time.format(report.alignment().scoredAt()));
    }

    byte[] pdf(ReportSnapshot report, Locale locale) {
        Context context = new Context(locale, variables(report));
        return pdf.render(templates.process("alignment/report/pdf", context));
    }

    /** The PDFs in kk, ru and en, in that order. */
    byte[][] pdfs(ReportSnapshot report) {
        return new byte[][] {pdf(report, Languages.KAZAKH), pdf(report, Languages.RUSSIAN), pdf(report, Languages.ENGLISH)};
    }
}
