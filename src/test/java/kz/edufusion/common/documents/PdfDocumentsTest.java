package kz.edufusion.common.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The renderer keeps Kazakh, Russian and English text, embeds DejaVu, and fetches nothing from outside. */
class PdfDocumentsTest {

    private static final String KAZAKH = "Еңбек нарығы: әріптестер, ғылым, қала, өнер, ұлт, үй, һәм, ірі";
    private final PdfDocuments documents = new PdfDocuments();

    @Test
    void kazakhRussianAndEnglishTextSurvivesIntoThePdf() throws Exception {
        byte[] pdf = documents.render(page("<h1>" + KAZAKH + "</h1><p>Анализ рынка труда</p><p><b>Labor market</b></p>"));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(KAZAKH, "Анализ рынка труда", "Labor market");
            java.util.List<String> fonts = new java.util.ArrayList<>();
            for (org.apache.pdfbox.cos.COSName name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                fonts.add(font.getName());
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("DejaVu"));
        }
    }

    @Test
    void externalResourcesAreNeverFetched() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            byte[] pdf = documents.render(page("<link rel=\"stylesheet\" href=\"" + url + "/style.css\"/>"
                    + "<img src=\"" + url + "/logo.png\" alt=\"logo\"/><p style=\"background: url(" + url + "/bg.png)\">ok</p>"));
            assertThat(pdf).isNotEmpty();
        } finally {
            server.stop(0);
        }
        assertThat(requests).hasValue(0);
    }

    @Test
    void anEmbeddedPngIsDrawnAndAnyOtherDataUriIsNot() throws Exception {
        java.awt.image.BufferedImage dot = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(dot, "png", png);
        String data = java.util.Base64.getEncoder().encodeToString(png.toByteArray());
        try (PDDocument drawn = Loader.loadPDF(documents.render(page("<img src=\"" + PdfDocuments.EMBEDDED_PNG + data + "\" alt=\"qr\"/>")));
                PDDocument refused = Loader.loadPDF(documents.render(page("<img src=\"data:image/gif;base64," + data + "\" alt=\"qr\"/>")))) {
            assertThat(drawn.getPage(0).getResources().getXObjectNames()).hasSize(1);
            assertThat(refused.getPage(0).getResources().getXObjectNames()).isEmpty();
        }
    }

    @Test
    void externalEntitiesAreNotExpanded(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path secret = java.nio.file.Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>before &secret; after</p></body></html>";
        try (PDDocument document = Loader.loadPDF(documents.render(xxe))) {
            assertThat(new PDFTextStripper().getText(document)).contains("before").doesNotContain("TOPSECRET");
        }
    }

    @Test
    void malformedMarkupIsTheAuthorsBug() {
        assertThatThrownBy(() -> documents.render("<html><body><p>unclosed</body></html>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XHTML");
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>body { font-family: 'DejaVu Sans'; }"
                + "</style></head><body>" + body + "</body></html>";
    }
}
