package kz.edufusion.placements.agreements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import kz.edufusion.common.documents.PdfDocuments;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.placements.domain.PlacementView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The agreement as a PDF in its own language (kk or ru), whatever the reader's: templates/placements/agreement/pdf.html
 * with the clause texts from the agreements bundle, printed by {@link PdfDocuments}. The bytes printed when a version is
 * sent are stored with their SHA-256 and never printed again; the signed copy is those same pages followed by a
 * signature page (who signed for which party, when, and the hash of the pages they signed).
 */
@Component
class AgreementDocuments {

    private final ITemplateEngine templates;
    private final PdfDocuments pdf;
    private final PlatformTime time;

    AgreementDocuments(ITemplateEngine templates, PdfDocuments pdf, PlatformTime time) {
        this.templates = templates;
        this.pdf = pdf;
        this.time = time;
    }

    /** The document of a version about to be sent, with the parties' names as they will be printed. */
    byte[] document(PlacementView placement, int version, AgreementTerms terms, Parties parties, LocalDate issuedOn) {
        Context context = new Context(Locale.forLanguageTag(terms.language()), Map.of("p", placement, "version", version,
                "terms", terms, "parties", parties, "number", number(placement), "issuedOn", issuedOn));
        return pdf.render(templates.process("placements/agreement/pdf", context));
    }

    /** The sent document followed by the signature page; the document's own pages are copied unchanged. */
    byte[] signedCopy(PlacementView placement, AgreementVersion version, byte[] document) {
        Context context = new Context(Locale.forLanguageTag(version.terms().language()), Map.of("v", version,
                "number", number(placement), "time", time, "parties", AgreementVersion.SIGNING));
        byte[] signatures = pdf.render(templates.process("placements/agreement/signatures", context));
        try (PDDocument merged = Loader.loadPDF(document); PDDocument page = Loader.loadPDF(signatures)) {
            new PDFMergerUtility().appendDocument(merged, page);
            ByteArrayOutputStream out = new ByteArrayOutputStream(document.length + signatures.length);
            merged.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The agreement's number: the first eight hex digits of the placement id, in capitals. */
    static String number(PlacementView placement) {
        return placement.id().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static String fileName(PlacementView placement, int version, boolean signed) {
        return "agreement-" + number(placement) + "-v" + version + (signed ? "-signed" : "") + ".pdf";
    }

    /** The three parties by name as the document prints them (in the document's language). */
    record Parties(String university, String company, String student) {
    }
}
