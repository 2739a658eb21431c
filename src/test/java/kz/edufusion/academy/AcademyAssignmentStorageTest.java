package kz.edufusion.academy;

import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.domain.AssignmentAuthoring;
import kz.edufusion.academy.domain.AssignmentView;
import kz.edufusion.academy.domain.Authoring;
import kz.edufusion.academy.domain.CourseContent;
import kz.edufusion.academy.domain.Resubmission;
import kz.edufusion.academy.domain.VersionView;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Assignments and rubrics are content of a version: written only in a draft, frozen by the database once published,
 * copied into the next draft keeping their keys; invalid rubrics are refused on the form, in the API (7807 with field
 * errors) and at publish; the instructions' Markdown is stored sanitised.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AcademyAssignmentStorageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Authoring authoring;
    @Autowired
    CourseContent content;
    @Autowired
    AssignmentAuthoring assignments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    TestPeople people;
    AcademyFixtures fixtures;
    String ownerEmail;
    CurrentUser owner;
    AcademyFixtures.Draft draft;

    @BeforeEach
    void draft() {
        people = new TestPeople(jdbc, users);
        fixtures = new AcademyFixtures(authoring, content);
        ownerEmail = people.twinEmail("educator", "Assignment Author");
        owner = people.user(ownerEmail);
        draft = fixtures.draft(owner, AcademyFixtures.unique("Assignments"), "Lesson text");
    }

    @Test
    void aNewDraftCopiesAssignmentsAndRubricsKeepingKeysAndThePublishedOnesAreFrozen() {
        UUID assignmentId = AssignmentFixtures.withRubric(assignments, owner, draft.moduleId(), Resubmission.UNTIL_PASSED);
        authoring.publish(owner, draft.versionId());
        AssignmentView published = assignments.forOwner(owner, assignmentId).assignment();

        assertConflict(() -> assignments.update(owner, assignmentId, AssignmentFixtures.input("Changed", "x", Resubmission.NONE)));
        assertConflict(() -> assignments.addCriterion(owner, assignmentId,
                AssignmentFixtures.criterion("Late", AssignmentFixtures.level("Any", 1))));
        assertRefused("UPDATE academy.assignment SET pass_percent = 99 WHERE id = ?", assignmentId);
        assertRefused("UPDATE academy.rubric_criterion SET title_en = 'x' WHERE assignment_id = ?", assignmentId);
        assertRefused("UPDATE academy.rubric_level SET points = 99 WHERE criterion_id IN "
                + "(SELECT id FROM academy.rubric_criterion WHERE assignment_id = ?)", assignmentId);
        assertRefused("DELETE FROM academy.assignment WHERE id = ?", assignmentId);

        VersionView next = authoring.startDraft(owner, draft.courseId());
        List<AssignmentView> copied = jdbc.sql("SELECT id FROM academy.assignment WHERE version_id = ?").param(next.id())
                .query(UUID.class).list().stream().map(id -> assignments.forOwner(owner, id).assignment()).toList();
        assertThat(copied).hasSize(1);
        AssignmentView copy = copied.get(0);
        assertThat(copy.id()).isNotEqualTo(assignmentId);
        assertThat(copy.assignmentKey()).isEqualTo(published.assignmentKey());
        assertThat(copy.moduleId()).isNotEqualTo(draft.moduleId());
        assertThat(jdbc.sql("SELECT version_id FROM academy.course_module WHERE id = ?").param(copy.moduleId()).query(UUID.class).single())
                .isEqualTo(next.id());
        assertThat(copy.criteria()).extracting(c -> c.criterionKey())
                .containsExactlyElementsOf(published.criteria().stream().map(c -> c.criterionKey()).toList());
        assertThat(copy.criteria().get(0).levels()).extracting(l -> l.points()).containsExactly(4, 2, 0);
        assertThat(copy.instructionsHtml().en()).isEqualTo(published.instructionsHtml().en());
        assertThat(copy.maxPoints()).isEqualTo(6);

        // the copy is a draft's content: it changes, the published one does not
        assignments.update(owner, copy.id(), AssignmentFixtures.input("Business plan v2", "Revised.", Resubmission.NONE));
        assertThat(assignments.forOwner(owner, assignmentId).assignment().title().en()).isEqualTo("Business plan");
    }

    @Test
    void publishRefusesAnAssignmentWithoutCriteria() {
        assignments.create(owner, draft.moduleId(), AssignmentFixtures.input("No rubric", "Do it.", Resubmission.NONE));
        assertThatThrownBy(() -> authoring.publish(owner, draft.versionId())).isInstanceOfSatisfying(DomainProblem.class, p -> {
            assertThat(p.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(p.messageKey()).isEqualTo("academy.assignment.problem.invalidRubric");
        });
    }

    @Test
    void theApiRefusesInvalidRubricsAndPassMarksWithFieldErrors() throws Exception {
        UUID id = AssignmentFixtures.withRubric(assignments, owner, draft.moduleId(), Resubmission.NONE);
        mvc.perform(put("/api/v1/academy/authoring/assignments/{id}/rubric", id).with(asEmail(ownerEmail))
                        .contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("criteria"));
        mvc.perform(put("/api/v1/academy/authoring/assignments/{id}/rubric", id).with(asEmail(ownerEmail))
                        .contentType(MediaType.APPLICATION_JSON).content("[{\"title\":{\"en\":\"Empty\"},\"levels\":[]},"
                                + "{\"title\":{\"en\":\"Twins\"},\"levels\":[{\"label\":{\"en\":\"A\"},\"points\":3},"
                                + "{\"label\":{\"en\":\"B\"},\"points\":3}]}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("criteria[0].levels",
                        "criteria[1].levels[1].points")));
        mvc.perform(post("/api/v1/academy/authoring/modules/{id}/assignments", draft.moduleId()).with(asEmail(ownerEmail))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":{\"en\":\"Bad mark\"},\"passPercent\":101,\"acceptsText\":true}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("passPercent"));
        // nothing of the refused rubric was written
        assertThat(assignments.forOwner(owner, id).assignment().criteria()).hasSize(2);
        mvc.perform(put("/api/v1/academy/authoring/assignments/{id}/rubric", id).with(asEmail(ownerEmail))
                        .contentType(MediaType.APPLICATION_JSON).content("[{\"title\":{\"en\":\"Only\"},\"levels\":["
                                + "{\"label\":{\"en\":\"Done\"},\"points\":5},{\"label\":{\"en\":\"Not done\"},\"points\":0}]}]"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assignment.criteria[0].levels[0].points").value(5));
    }

    @Test
    void theFormsShowFieldErrorsForAnInvalidCriterionAndPassMark() throws Exception {
        UUID id = AssignmentFixtures.withRubric(assignments, owner, draft.moduleId(), Resubmission.NONE);
        String page = mvc.perform(post("/academy/teach/assignments/{id}/criteria", id).with(asEmail(ownerEmail)).with(csrf())
                        .header("Accept-Language", "en").param("titleEn", "Style")
                        .param("levels[0].labelEn", "Good").param("levels[0].points", "2")
                        .param("levels[1].labelEn", "Also good").param("levels[1].points", "2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("[data-criterion-form] .invalid-feedback").text())
                .contains("Another level of this criterion is worth the same points.");
        page = mvc.perform(post("/academy/teach/assignments/{id}/criteria", id).with(asEmail(ownerEmail)).with(csrf())
                        .header("Accept-Language", "en").param("titleEn", "Levelless"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("[data-levels-error]").text()).contains("A criterion needs at least one level.");
        page = mvc.perform(post("/academy/teach/modules/{id}/assignments/new", draft.moduleId()).with(asEmail(ownerEmail)).with(csrf())
                        .header("Accept-Language", "en").param("titleEn", "Zero").param("passPercent", "0")
                        .param("_acceptsText", "on").param("_acceptsFile", "on")
                        .param("fileMaxMb", "5").param("resubmission", "NONE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document form = Jsoup.parse(page);
        assertThat(form.select("#passPercent").hasClass("is-invalid")).isTrue();
        assertThat(form.select("[data-assignment-form]").text()).contains("A whole number from 1 to 100.", "Choose text, a file or both.");
        assertThat(assignments.forOwner(owner, id).assignment().criteria()).hasSize(2);
    }

    @Test
    void theOwnerAuthorsThroughThePagesAndTheOutlinesListTheAssignment() throws Exception {
        String location = mvc.perform(post("/academy/teach/modules/{id}/assignments/new", draft.moduleId()).with(asEmail(ownerEmail))
                        .with(csrf()).param("titleEn", "Pitch deck").param("instructionsEn", "Make a deck.")
                        .param("passPercent", "70").param("_acceptsText", "on").param("acceptsFile", "true").param("_acceptsFile", "on")
                        .param("fileMaxMb", "5")
                        .param("resubmission", "UNTIL_PASSED"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/academy/teach/assignments/{id}/criteria", id).with(asEmail(ownerEmail)).with(csrf())
                        .param("titleEn", "Story").param("levels[0].labelEn", "Gripping").param("levels[0].points", "3")
                        .param("levels[1].labelEn", "Flat").param("levels[1].points", "1"))
                .andExpect(status().is3xxRedirection());
        AssignmentView saved = assignments.forOwner(owner, id).assignment();
        assertThat(saved.acceptsText()).isFalse();
        assertThat(saved.acceptsFile()).isTrue();
        assertThat(saved.passPercent()).isEqualTo(70);
        assertThat(saved.criteria()).singleElement().satisfies(c -> assertThat(c.levels()).hasSize(2));
        String teach = mvc.perform(get("/academy/teach/courses/{id}", draft.courseId()).with(asEmail(ownerEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(teach).select("[data-assignment=" + id + "]").text()).contains("Pitch deck");
    }

    @Test
    void scriptInTheInstructionsIsNeverRendered() throws Exception {
        UUID id = assignments.create(owner, draft.moduleId(), AssignmentFixtures.input("Unsafe",
                "<script>alert(1)</script>\n\n[click](javascript:alert(2)) <img src=x onerror=alert(3)>\n\n![p](https://evil.example/p.png)",
                Resubmission.NONE));
        String html = assignments.forOwner(owner, id).assignment().instructionsHtml().en();
        assertThat(html).doesNotContain("<script", "javascript:");
        Document stored = Jsoup.parse(html);
        assertThat(stored.select("script, [onerror], img[src], [href^=javascript]")).isEmpty();
        String page = mvc.perform(get("/academy/assignments/{id}", id).with(asEmail(ownerEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document doc = Jsoup.parse(page);
        assertThat(doc.select("[data-instructions] script, [data-instructions] img[src], [data-instructions] [onerror]")).isEmpty();
        assertThat(doc.select("[data-instructions]").text()).contains("<script>alert(1)</script>");
    }

    @Test
    void anotherEducatorNeitherReadsNorChangesTheAssignmentAndAStudentMayNotAuthor() throws Exception {
        UUID id = AssignmentFixtures.withRubric(assignments, owner, draft.moduleId(), Resubmission.NONE);
        String other = people.twinEmail("educator", "Other Author");
        String student = people.twinEmail("student", "Curious Student");
        mvc.perform(get("/academy/teach/assignments/{id}", id).with(asEmail(other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/academy/authoring/assignments/{id}", id).with(asEmail(other))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/academy/authoring/assignments/{id}/rubric", id).with(asEmail(other))
                .contentType(MediaType.APPLICATION_JSON).content("[{\"title\":{\"en\":\"Hijack\"},\"levels\":"
                        + "[{\"label\":{\"en\":\"A\"},\"points\":1}]}]")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/academy/authoring/modules/{id}/assignments", draft.moduleId()).with(asEmail(other))
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":{\"en\":\"Intruder\"},\"passPercent\":50,\"acceptsText\":true}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/academy/teach/assignments/{id}", id).with(asEmail(student))).andExpect(status().isForbidden());
        mvc.perform(get("/academy/assignments/{id}", id).with(asEmail(other))).andExpect(status().isNotFound());
        assertThat(assignments.forOwner(owner, id).assignment().criteria()).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM academy.assignment WHERE module_id = ?").param(draft.moduleId())
                .query(Integer.class).single()).isEqualTo(1);
    }

    private void assertRefused(String sql, UUID id) {
        assertThatThrownBy(() -> jdbc.sql(sql).param(id).update()).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("published");
    }

    private static void assertConflict(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(DomainProblem.class,
                p -> assertThat(p.status()).isEqualTo(HttpStatus.CONFLICT));
    }
}
