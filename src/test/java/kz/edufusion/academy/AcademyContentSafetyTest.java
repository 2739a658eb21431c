package kz.edufusion.academy;

import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import kz.edufusion.academy.domain.Authoring;
import kz.edufusion.academy.domain.CourseContent;
import kz.edufusion.academy.domain.LessonMarkdownTest;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What an author writes or uploads can do no harm: a script, an event handler, a javascript: link or a raw iframe in
 * Markdown is neither stored as active HTML nor served as such; only allow-listed videos become frames; an oversized
 * or disguised upload is refused with a field error and nothing stored; images are served with their type and nosniff.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AcademyContentSafetyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Authoring authoring;
    @Autowired
    CourseContent content;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    String owner;
    AcademyFixtures.Draft draft;

    @BeforeEach
    void draft() {
        TestPeople people = new TestPeople(jdbc, users);
        owner = people.twinEmail("educator", "Safety Owner");
        draft = new AcademyFixtures(authoring, content).draft(people.user(owner), AcademyFixtures.unique("Safety"), "Plain.");
    }

    @Test
    void hostileMarkdownIsStoredAndServedInert() throws Exception {
        String location = mvc.perform(post("/academy/teach/modules/{id}/lessons/new", draft.moduleId()).with(asEmail(owner)).with(csrf())
                        .param("titleEn", "Hostile").param("bodyEn", LessonMarkdownTest.HOSTILE)
                        .param("videoLink", "https://youtu.be/rfscVS0vtbw"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID lesson = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        String stored = jdbc.sql("SELECT body_html_en FROM academy.lesson WHERE id = ?").param(lesson).query(String.class).single();
        assertInert(Jsoup.parseBodyFragment(stored).body());
        assertThat(jdbc.sql("SELECT body_md_en FROM academy.lesson WHERE id = ?").param(lesson).query(String.class).single())
                .contains("<script>");

        String page = mvc.perform(get("/academy/lessons/{id}", lesson).with(asEmail(owner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Element body = Jsoup.parse(page).selectFirst("[data-lesson-body]");
        assertInert(body);
        assertThat(body.text()).contains("<script>alert('x')</script>");
        assertThat(Jsoup.parse(page).select("iframe")).hasSize(1)
                .allMatch(f -> f.attr("src").equals("https://www.youtube-nocookie.com/embed/rfscVS0vtbw"));
    }

    @Test
    void aVideoLinkOutsideTheAllowListIsAFieldError() throws Exception {
        String page = mvc.perform(post("/academy/teach/modules/{id}/lessons/new", draft.moduleId()).with(asEmail(owner)).with(csrf())
                        .param("titleEn", "Evil video").param("videoLink", "https://evil.example/embed/rfscVS0vtbw"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("#videoLink.is-invalid")).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM academy.lesson WHERE title_en = 'Evil video' AND version_id = ?")
                .param(draft.versionId()).query(Integer.class).single()).isZero();
    }

    @Test
    void oversizedAndDisguisedUploadsAreRefusedWithNothingStored() throws Exception {
        byte[] big = Arrays.copyOf(AcademyFixtures.PNG, 2 * 1024 * 1024 + 1);
        assertRefused(new MockMultipartFile("file", "big.png", "image/png", big), "The image is too large.");
        byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertRefused(new MockMultipartFile("file", "photo.png", "image/png", page), "The file type is not recognised");
        assertRefused(new MockMultipartFile("file", "photo.png", "image/png", "%PDF-1.7 not an image".getBytes(StandardCharsets.US_ASCII)),
                "The file type is not recognised");
        assertRefused(new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]), "Choose a file.");
        assertThat(attachments()).isZero();
    }

    @Test
    void anImageIsStoredAndServedWithItsTypeAndNosniff() throws Exception {
        mvc.perform(multipart("/academy/teach/lessons/{id}/attachments", draft.lessonId())
                        .file(new MockMultipartFile("file", "diagram.png", "application/octet-stream", AcademyFixtures.PNG))
                        .with(asEmail(owner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        UUID id = jdbc.sql("SELECT id FROM academy.lesson_attachment WHERE lesson_id = ?").param(draft.lessonId()).query(UUID.class).single();
        mvc.perform(get("/academy/files/{id}", id).with(asEmail(owner)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")));
    }

    private void assertRefused(MockMultipartFile file, String message) throws Exception {
        String page = mvc.perform(multipart("/academy/teach/lessons/{id}/attachments", draft.lessonId()).file(file)
                        .with(asEmail(owner)).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("[data-file-error]").text()).contains(message);
    }

    private int attachments() {
        return jdbc.sql("SELECT count(*) FROM academy.lesson_attachment WHERE version_id = ?").param(draft.versionId())
                .query(Integer.class).single();
    }

    private static void assertInert(Element html) {
        assertThat(html.select("script, iframe, object, embed, style")).isEmpty();
        assertThat(html.getAllElements()).allSatisfy(e -> {
            e.attributes().forEach(a -> assertThat(a.getKey()).doesNotStartWith("on"));
            assertThat(e.attr("href").toLowerCase()).doesNotStartWith("javascript:");
            assertThat(e.attr("src").toLowerCase()).doesNotStartWith("javascript:");
        });
    }
}
