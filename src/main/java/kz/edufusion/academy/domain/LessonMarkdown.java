package kz.edufusion.academy.domain;

import java.util.Map;
import kz.edufusion.common.LocalizedText;
import java.util.UUID;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A lesson's Markdown as safe HTML, in two independent steps. commonmark-java writes raw HTML in the Markdown as
 * escaped text ({@code escapeHtml}) and drops {@code javascript:}-like link targets ({@code sanitizeUrls}); then an
 * allow-list (OWASP java-html-sanitizer) keeps only the elements and attributes Markdown itself makes, so a bug in
 * either step alone still lets no script, event handler, frame or style through. Images may come only from the
 * lesson's own attachments: {@code ![diagram](diagram.png)} names an attachment of the lesson and becomes
 * {@code /academy/files/<id>}; any other image source is removed. Plain Java (no Spring), run when a lesson is saved
 * and again at publish; the result is stored and served as it is.
 */
public final class LessonMarkdown {

    static final int MAX_LENGTH = 100_000;
    private static final String FILES = "/academy/files/";
    private static final Pattern ATTACHMENT = Pattern.compile("^/academy/files/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    private static final Pattern CODE_LANGUAGE = Pattern.compile("^language-[A-Za-z0-9+#_-]{1,30}$");

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "em",
                    "strong", "hr", "br", "a", "img")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .allowAttributes("src").matching(ATTACHMENT).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("title").onElements("a")
            .allowAttributes("start").matching(Pattern.compile("^[0-9]{1,6}$")).onElements("ol")
            .allowAttributes("class").matching(CODE_LANGUAGE).onElements("code")
            .toFactory();

    private LessonMarkdown() {
    }

    /**
     * The safe HTML of the Markdown; {@code attachments} maps the lesson's file names to their ids, so that a link or
     * image naming one of them points at it. Null or blank Markdown gives null.
     */
    public static String render(String markdown, Map<String, UUID> attachments) {
        if (markdown == null || markdown.isBlank()) {
            return null;
        }
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                image.setDestination(attachment(image.getDestination(), attachments));
                visitChildren(image);
            }

            @Override
            public void visit(Link link) {
                UUID id = attachments.get(link.getDestination());
                if (id != null) {
                    link.setDestination(FILES + id);
                }
                visitChildren(link);
            }
        });
        return POLICY.sanitize(RENDERER.render(document));
    }

    /** The safe HTML of each language's Markdown. */
    public static LocalizedText render(LocalizedText markdown, Map<String, UUID> attachments) {
        return LocalizedText.of(render(markdown.kk(), attachments), render(markdown.ru(), attachments),
                render(markdown.en(), attachments));
    }

    /** An image shows only when it names an attachment of the lesson; otherwise its source is dropped. */
    private static String attachment(String destination, Map<String, UUID> attachments) {
        UUID id = attachments.get(destination);
        return id == null ? "" : FILES + id;
    }
}
