package kz.edufusion.academy;

import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.academy.domain.Authoring;
import kz.edufusion.academy.domain.CourseContent;
import kz.edufusion.academy.domain.CourseDetails;
import kz.edufusion.academy.domain.Learning;
import kz.edufusion.academy.domain.LessonInput;
import kz.edufusion.academy.domain.OutcomeInput;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The course page keeps the sections that depend only on a published version and the language rendered once
 * (decision 0029). These tests read the page again after the sections were kept, so they fail if a kept section
 * carried one reader's progress, buttons or language to another reader.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AcademyCoursePageCacheTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Authoring authoring;
    @Autowired
    CourseContent content;
    @Autowired
    Learning learning;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    TestPeople people;
    CurrentUser owner;
    String title;
    UUID courseId;
    UUID versionId;
    UUID firstLesson;
    UUID secondLesson;

    @BeforeEach
    void trilingualCourse() {
        people = new TestPeople(jdbc, users);
        owner = people.user(people.twinEmail("educator", "Cache Owner"));
        title = AcademyFixtures.unique("Cached");
        courseId = authoring.create(owner, new CourseDetails(LocalizedText.of("Қазақша " + title, "Русский " + title, title),
                LocalizedText.of("Қысқаша", "Кратко", "In short"),
                LocalizedText.of("Сипаттама <script>alert(1)</script>", "Описание", "Description <b>bold</b>"),
                CourseLevel.INTRODUCTORY, 10, java.math.BigDecimal.ONE, CourseFormat.SELF_PACED, Delivery.ONLINE,
                List.of("kk", "ru", "en"), List.of("cache"), List.of()));
        versionId = authoring.overview(owner, courseId).version().id();
        UUID module = content.addModule(owner, versionId, LocalizedText.of("Бірінші модуль", "Первый модуль", "First module"));
        firstLesson = content.addLesson(owner, module, new LessonInput(LocalizedText.of("Бірінші сабақ", "Первый урок", "First lesson"),
                LocalizedText.of(null, null, "One."), null, 10));
        secondLesson = content.addLesson(owner, module, new LessonInput(LocalizedText.of("Екінші сабақ", "Второй урок", "Second lesson"),
                LocalizedText.of(null, null, "Two."), null, 10));
        authoring.addOutcome(owner, versionId, new OutcomeInput(LocalizedText.of("Python жазады", "Пишет на Python", "Writes Python"),
                AcademyFixtures.PYTHON), Locale.ENGLISH);
        authoring.publish(owner, versionId);
    }

    @Test
    void eachLanguageReadsItsOwnSectionsAndAKeptPageIsTheSameAsTheFirst() throws Exception {
        String kk = html(page().param("lang", "kk"));
        Document kazakh = Jsoup.parse(kk);
        assertThat(kazakh.selectFirst("html").attr("lang")).isEqualTo("kk");
        assertThat(kazakh.select("[data-outline] h2, h2").eachText()).contains("Курс мазмұны", "Оқу нәтижелері");
        assertThat(kazakh.select("[data-lesson]").eachText()).containsExactly("Бірінші сабақ", "Екінші сабақ");
        assertThat(kazakh.select("[data-outcomes] li > span:first-child").eachText()).containsExactly("Python жазады");
        assertThat(kazakh.select("[data-course-facts] [data-level]").text()).isNotBlank();
        assertThat(kazakh.select("p.course-text").text()).isEqualTo("Сипаттама <script>alert(1)</script>");
        assertThat(kk).contains("Сипаттама &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");

        Document english = Jsoup.parse(html(page().param("lang", "en")));
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("h2").eachText()).contains("Course outline", "Learning outcomes");
        assertThat(english.select("[data-lesson]").eachText()).containsExactly("First lesson", "Second lesson");
        assertThat(english.select("[data-outcomes] li > span:first-child").eachText()).containsExactly("Writes Python");
        assertThat(english.select("p.course-text").text()).isEqualTo("Description <b>bold</b>");
        assertThat(english.text()).doesNotContain("Курс мазмұны", "Бірінші сабақ", "Сипаттама");

        Document russian = Jsoup.parse(html(page().param("lang", "ru")));
        assertThat(russian.select("h2").eachText()).contains("Содержание курса");
        assertThat(russian.select("[data-lesson]").eachText()).containsExactly("Первый урок", "Второй урок");

        // the second Kazakh page comes from the kept sections: the same page, token for token but the CSRF token
        assertThat(withoutTokens(html(page().param("lang", "kk")))).isEqualTo(withoutTokens(kk));
    }

    @Test
    void eachReaderSeesOnlyTheirOwnEnrollmentProgressAndButtons() throws Exception {
        String aEmail = people.twinEmail("student", "Cache Learner A");
        String bEmail = people.twinEmail("student", "Cache Learner B");
        String cEmail = people.twinEmail("student", "Cache Visitor C");
        learning.enroll(people.user(aEmail), courseId);
        learning.complete(people.user(aEmail), firstLesson);
        learning.enroll(people.user(bEmail), courseId);

        // A fills the kept sections with its progress in view; B, C and a visitor then read them
        Document a = Jsoup.parse(html(page().param("lang", "en").with(asEmail(aEmail))));
        assertThat(done(a)).containsExactly(firstLesson.toString());
        assertThat(a.select("[data-progress]").text()).isEqualTo("Completed: 1 of 2 lessons (50%)");
        assertThat(lessonLinks(a)).hasSize(2);

        Document b = Jsoup.parse(html(page().param("lang", "en").with(asEmail(bEmail))));
        assertThat(done(b)).isEmpty();
        assertThat(b.select("[data-progress]").text()).isEqualTo("Completed: 0 of 2 lessons (0%)");
        assertThat(lessonLinks(b)).hasSize(2);
        assertThat(b.select("[data-enroll]")).isEmpty();

        Document c = Jsoup.parse(html(page().param("lang", "en").with(asEmail(cEmail))));
        assertThat(done(c)).isEmpty();
        assertThat(c.select("[data-progress]")).isEmpty();
        assertThat(c.select("[data-enroll]")).hasSize(1);
        assertThat(lessonLinks(c)).isEmpty();
        assertThat(c.select("[data-lesson]").eachText()).containsExactly("First lesson", "Second lesson");

        Document visitor = Jsoup.parse(html(page().param("lang", "en")));
        assertThat(done(visitor)).isEmpty();
        assertThat(lessonLinks(visitor)).isEmpty();
        assertThat(visitor.select("[data-enrollment] a[href$=/login]")).hasSize(1);

        // B completes the second lesson: B's page shows it at once, A's page still only A's own lesson
        learning.complete(people.user(bEmail), secondLesson);
        assertThat(done(Jsoup.parse(html(page().param("lang", "en").with(asEmail(bEmail)))))).containsExactly(secondLesson.toString());
        assertThat(done(Jsoup.parse(html(page().param("lang", "en").with(asEmail(aEmail)))))).containsExactly(firstLesson.toString());

        // the kept sections carry no form and so no CSRF token of anyone's session
        for (Document page : List.of(a, b, c)) {
            assertThat(page.select("[data-outline] form, [data-outline] input, [data-outcomes] input, [data-checklist] input")).isEmpty();
        }
    }

    @Test
    void aLearnerOnAnOlderVersionReadsThatVersionWhileOthersReadTheNewOne() throws Exception {
        String oldEmail = people.twinEmail("student", "Cache Old Learner");
        learning.enroll(people.user(oldEmail), courseId);
        assertThat(Jsoup.parse(html(page().param("lang", "en"))).select("[data-lesson]").eachText()).contains("First lesson");

        var draft = authoring.startDraft(owner, courseId);
        UUID draftLesson = authoring.overview(owner, courseId).modules().get(0).lessons().get(0).id();
        content.updateLesson(owner, draftLesson, new LessonInput(LocalizedText.of("Жаңа сабақ", "Новый урок", "Renamed lesson"),
                LocalizedText.of(null, null, "One again."), null, 10));
        authoring.publish(owner, draft.id());

        assertThat(Jsoup.parse(html(page().param("lang", "en"))).select("[data-lesson]").eachText())
                .containsExactly("Renamed lesson", "Second lesson");
        assertThat(Jsoup.parse(html(page().param("lang", "en").with(asEmail(oldEmail)))).select("[data-lesson]").eachText())
                .containsExactly("First lesson", "Second lesson");
        assertThat(Jsoup.parse(html(page().param("lang", "kk"))).select("[data-lesson]").eachText())
                .containsExactly("Жаңа сабақ", "Екінші сабақ");
    }

    private MockHttpServletRequestBuilder page() {
        return get("/academy/courses/{id}", courseId);
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static List<String> done(Document page) {
        return page.select("[data-lesson]:has([data-done])").eachAttr("data-lesson");
    }

    private static List<String> lessonLinks(Document page) {
        return page.select("[data-outline] a[href*=/academy/lessons/]").eachAttr("href");
    }

    private static String withoutTokens(String html) {
        return html.replaceAll("(name=\"_csrf\" value=|name=\"_csrf\" content=)\"[^\"]*\"", "$1\"\"");
    }
}
