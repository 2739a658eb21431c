package kz.edufusion.academy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Markdown becomes HTML in which no script, event handler, javascript: link, frame or foreign image survives. */
public class LessonMarkdownTest {

    public static final String HOSTILE = """
            # Lesson

            <script>alert('x')</script>

            <img src="x" onerror="alert(1)">

            [click](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=)

            <iframe src="https://evil.example/"></iframe>

            <a href="#" onclick="steal()">raw link</a>

            ![remote](https://tracker.example/pixel.png) ![](javascript:alert(2))
            """;

    @Test
    void hostileMarkdownIsRenderedInert() {
        String html = LessonMarkdown.render(HOSTILE, Map.of());
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<iframe")
                .doesNotContainIgnoringCase("onerror=").doesNotContainIgnoringCase("onclick=")
                .doesNotContainIgnoringCase("javascript:").doesNotContainIgnoringCase("data:text")
                .doesNotContain("tracker.example");
        // the raw HTML is shown as text, so the author sees what they wrote
        assertThat(html).contains("&lt;script&gt;").contains("<h1>Lesson</h1>");
    }

    @Test
    void ordinaryMarkdownKeepsItsStructureAndSafeLinks() {
        String html = LessonMarkdown.render("Read **this** and [the docs](https://docs.python.org/3/).\n\n```python\nprint(1)\n```", Map.of());
        assertThat(html).contains("<strong>this</strong>").contains("href=\"https://docs.python.org/3/\"")
                .containsPattern("rel=\"[a-z ]*noopener[a-z ]*\"").containsPattern("rel=\"[a-z ]*nofollow[a-z ]*\"").contains("<code class=\"language-python\">");
    }

    @Test
    void imagesComeOnlyFromTheLessonsAttachments() {
        UUID id = UUID.randomUUID();
        String html = LessonMarkdown.render("![diagram](diagram.png) ![other](other.png) [slides](slides.pdf)",
                Map.of("diagram.png", id, "slides.pdf", id));
        assertThat(html).contains("<img src=\"/academy/files/" + id + "\" alt=\"diagram\"")
                .contains("href=\"/academy/files/" + id + "\"").doesNotContain("other.png\"");
    }

    @Test
    void blankMarkdownHasNoHtml() {
        assertThat(LessonMarkdown.render("  ", Map.of())).isNull();
    }
}
