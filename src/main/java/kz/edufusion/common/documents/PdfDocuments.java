package kz.edufusion.common.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

/**
 * XHTML in, PDF bytes out. The only font family is "DejaVu Sans" (regular and bold, read once from the classpath:
 * a server without system fonts would otherwise print Kazakh letters as boxes); templates name it in their CSS.
 * Every external resource (images, style sheets, fonts by URL, even {@code file:}) is refused before its URI is
 * resolved, so a text a user typed into a document can never make the server fetch something. The one exception is
 * a PNG image embedded in the document as a {@code data:image/png;base64,} URI (a QR code): its bytes are in the
 * document, nothing is fetched. Thread-safe: each call builds its own renderer.
 */
@Component
public class PdfDocuments {

    public static final String FONT_FAMILY = "DejaVu Sans";

    /** The prefix of the only URIs a document may use: a PNG image carried in the document itself. */
    public static final String EMBEDDED_PNG = "data:image/png;base64,";

    private final byte[] regular = font("fonts/DejaVuSans.ttf");
    private final byte[] bold = font("fonts/DejaVuSans-Bold.ttf");

    /**
     * Renders a well-formed XHTML document (entities other than XML's five are not allowed; use the characters).
     * Malformed input is an {@link IllegalArgumentException}: it is the template author's bug, not the user's.
     */
    public byte[] render(String xhtml) {
        Document document = SafeXhtml.parse(xhtml);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useExternalResourceAccessControl(PdfDocuments::embedded, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(PdfDocuments::embedded, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withW3cDocument(document, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A raster image whose bytes the document carries itself; everything else is refused. */
    private static boolean embedded(String uri, ExternalResourceType type) {
        return type == ExternalResourceType.IMAGE_RASTER && uri != null && uri.startsWith(EMBEDDED_PNG);
    }

    private static byte[] font(String path) {
        try (InputStream in = PdfDocuments.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
