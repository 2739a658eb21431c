package kz.edufusion.skills.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void stripsTagsDecodesEntitiesAndMapsOffsetsBack() {
        String html = "<p><strong>Требования</strong><br />Знание&nbsp;<b>PostgreSQL</b> &amp; Redis</p>";
        HtmlText text = HtmlText.of(html);
        assertThat(text.text()).isEqualTo("\nТребования\nЗнание PostgreSQL & Redis\n");
        int at = text.text().indexOf("PostgreSQL");
        Span span = text.original(at, at + "PostgreSQL".length());
        assertThat(html.substring(span.start(), span.end())).isEqualTo("PostgreSQL");
        int amp = text.text().indexOf("& Redis");
        Span both = text.original(amp, amp + 7);
        assertThat(html.substring(both.start(), both.end())).isEqualTo("&amp; Redis");
    }

    @Test
    void plainTextPassesThrough() {
        HtmlText text = HtmlText.of("a < b");
        assertThat(text.text()).isEqualTo("a < b");
        assertThat(HtmlText.of("x > y").original(0, 1)).isEqualTo(new Span(0, 1));
    }
}
