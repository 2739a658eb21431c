package kz.edufusion.academy;

import static kz.edufusion.support.LoggedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import kz.edufusion.academy.domain.AcademyInputRejected;
import kz.edufusion.academy.domain.Authoring;
import kz.edufusion.academy.domain.ChecklistAnswer;
import kz.edufusion.academy.domain.ChecklistItem;
import kz.edufusion.academy.domain.CourseContent;
import kz.edufusion.academy.domain.InclusionMark;
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

/** The marks show only while every item of their checklist is answered yes with evidence; the answers are public. */
@IntegrationTest
@AutoConfigureMockMvc
class AcademyChecklistTest {

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

    CurrentUser owner;
    AcademyFixtures fixtures;

    @BeforeEach
    void owner() {
        owner = new TestPeople(jdbc, users).twin("educator", "Checklist Owner");
        fixtures = new AcademyFixtures(authoring, content);
    }

    @Test
    void aCoursePassingBothChecklistsCarriesBothMarksUntilANewVersionFailsThem() throws Exception {
        String title = AcademyFixtures.unique("Marked");
        var course = fixtures.draft(owner, title, "Text");
        authoring.saveChecklist(owner, course.versionId(), AcademyFixtures.passing(InclusionMark.GENDER_INCLUSIVE, InclusionMark.CLIMATE_NEUTRAL));
        authoring.publish(owner, course.versionId());

        assertThat(marks(catalog(title))).containsExactlyInAnyOrder("GENDER_INCLUSIVE", "CLIMATE_NEUTRAL");
        Document page = page(course);
        assertThat(marks(page)).containsExactlyInAnyOrder("GENDER_INCLUSIVE", "CLIMATE_NEUTRAL");
        assertThat(page.select("[data-checklist]").text()).contains("Checked by the test on NAMED_CONTACT");

        var next = authoring.startDraft(owner, course.courseId());
        List<ChecklistAnswer> oneNo = new java.util.ArrayList<>(AcademyFixtures.passing(InclusionMark.GENDER_INCLUSIVE, InclusionMark.CLIMATE_NEUTRAL));
        oneNo.replaceAll(a -> a.item() == ChecklistItem.GREEN_HOSTING ? new ChecklistAnswer(a.item(), false, "No statement yet") : a);
        authoring.saveChecklist(owner, next.id(), oneNo);
        authoring.publish(owner, next.id());
        assertThat(marks(catalog(title))).containsExactly("GENDER_INCLUSIVE");
        assertThat(page(course).select("[data-checklist]").text()).contains("No statement yet");
    }

    @Test
    void aCourseFailingBothChecklistsCarriesNoMark() throws Exception {
        String title = AcademyFixtures.unique("Unmarked");
        var course = fixtures.draft(owner, title, "Text");
        authoring.saveChecklist(owner, course.versionId(), AcademyFixtures.passing());
        authoring.publish(owner, course.versionId());
        assertThat(marks(catalog(title))).isEmpty();
        assertThat(marks(page(course))).isEmpty();
        assertThat(page(course).select("[data-checklist-mark]")).hasSize(2);
    }

    @Test
    void aYesNeedsEvidence() {
        var course = fixtures.draft(owner, AcademyFixtures.unique("Evidence"), "Text");
        assertThatThrownBy(() -> authoring.saveChecklist(owner, course.versionId(),
                List.of(new ChecklistAnswer(ChecklistItem.NAMED_CONTACT, true, "  "))))
                .isInstanceOfSatisfying(AcademyInputRejected.class, e -> assertThat(e.fieldProblems())
                        .anyMatch(p -> p.field().equals("evidence[NAMED_CONTACT]")));
    }

    private Document catalog(String title) throws Exception {
        return Jsoup.parse(mvc.perform(get("/academy").param("q", title).with(as("student"))).andReturn().getResponse().getContentAsString());
    }

    private Document page(AcademyFixtures.Draft course) throws Exception {
        return Jsoup.parse(mvc.perform(get("/academy/courses/{id}", course.courseId()).with(as("student")))
                .andReturn().getResponse().getContentAsString());
    }

    private static List<String> marks(Document page) {
        return page.select("main [data-mark]").eachAttr("data-mark");
    }
}
