package kz.edufusion.skills.extraction;

/**
 * HTML turned into the plain text the engine reads: tags removed, block elements as line breaks, entities
 * decoded, scripts and styles dropped. Importers store vacancy descriptions this way, so the stored text and
 * the engine's view of it are the same.
 */
public final class PlainText {

    private PlainText() {
    }

    public static String of(String html) {
        return html == null ? "" : HtmlText.of(html).text();
    }
}
