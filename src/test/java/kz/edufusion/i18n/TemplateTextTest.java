package kz.edufusion.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Templates carry no text a user would read unless it comes from a message: a text node with letters must
 * sit in an element whose content Thymeleaf replaces (th:text, th:replace ...), and readable attributes
 * (placeholder, title, aria-label, alt) must be th: attributes. Autonyms of the languages (marked with a
 * {@code lang} attribute) are the one exception. Every #{key} a template names must exist in the bundles.
 */
class TemplateTextTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove", "sec:authentication");
    static final List<String> READABLE_ATTRIBUTES = List.of("placeholder", "title", "aria-label", "alt");
    static final Pattern LETTERS = Pattern.compile("\\p{L}");
    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

    @Test
    void noHardCodedTextInTemplates() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            Document doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : doc.getAllElements()) {
                if (replacedOrExempt(element)) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (LETTERS.matcher(text.text()).find()) {
                        problems.add(TEMPLATES.relativize(template) + ": text '" + text.text().strip() + "' in <" + element.tagName() + ">");
                    }
                }
                for (String attribute : READABLE_ATTRIBUTES) {
                    if (element.hasAttr(attribute) && LETTERS.matcher(element.attr(attribute)).find()
                            && !element.hasAttr("th:" + attribute)) {
                        problems.add(TEMPLATES.relativize(template) + ": attribute " + attribute + "='" + element.attr(attribute) + "'");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMessageKeyUsedInATemplateExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String bundle : TranslationCompletenessTest.bundles()) {
            Properties en = TranslationCompletenessTest.load(TranslationCompletenessTest.BUNDLES.resolve(bundle + "_en.properties"));
            known.addAll(en.stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = MESSAGE_KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!known.contains(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": #{" + m.group(1) + "}");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static boolean replacedOrExempt(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if ("html".equals(e.tagName())) {
                // a page's <html th:replace="~{layout :: page(..., ~{::section})}"> still renders its section
                return false;
            }
            if (e.hasAttr("lang")) {
                return true;
            }
            if (REPLACING.stream().anyMatch(e::hasAttr) || "script".equals(e.tagName()) || "style".equals(e.tagName())) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
