package kz.edufusion.academy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Only YouTube and Vimeo links become embeds, always on youtube-nocookie.com or player.vimeo.com. */
class VideoLinksTest {

    @ParameterizedTest
    @CsvSource({
            "https://www.youtube.com/watch?v=rfscVS0vtbw, https://www.youtube-nocookie.com/embed/rfscVS0vtbw",
            "https://youtu.be/rfscVS0vtbw, https://www.youtube-nocookie.com/embed/rfscVS0vtbw",
            "https://www.youtube.com/embed/rfscVS0vtbw, https://www.youtube-nocookie.com/embed/rfscVS0vtbw",
            "https://m.youtube.com/watch?feature=share&v=rfscVS0vtbw, https://www.youtube-nocookie.com/embed/rfscVS0vtbw",
            "https://vimeo.com/76979871, https://player.vimeo.com/video/76979871",
            "https://player.vimeo.com/video/76979871, https://player.vimeo.com/video/76979871"})
    void allowListedLinksBecomeEmbeds(String link, String embed) {
        assertThat(VideoLinks.embed(link)).contains(embed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/watch?v=rfscVS0vtbw", "javascript:alert(1)", "https://youtube.com.evil.example/embed/rfscVS0vtbw",
            "https://www.youtube.com/watch?v=short", "https://www.youtube.com/watch?v=rfscVS0vtbw\"onload=\"x",
            "https://vimeo.com/channels/staff", "ftp://vimeo.com/76979871"})
    void anythingElseIsRefused(String link) {
        assertThat(VideoLinks.embed(link)).isEmpty();
    }
}
