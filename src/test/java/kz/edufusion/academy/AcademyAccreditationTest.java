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

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.accreditation.AccreditationMarks;
import kz.edufusion.academy.accreditation.AccreditationReminders;
import kz.edufusion.academy.accreditation.Accreditations;
import kz.edufusion.academy.accreditation.Criteria;
import kz.edufusion.academy.accreditation.AccreditationCriterionInput;
import kz.edufusion.academy.accreditation.AccreditationDecision;
import kz.edufusion.academy.accreditation.DecisionInput;
import kz.edufusion.academy.accreditation.Reviewing;
import kz.edufusion.academy.accreditation.SubmissionStatus;
import kz.edufusion.academy.accreditation.AccreditationSubmission;
import kz.edufusion.academy.accreditation.Verdict;
import kz.edufusion.academy.accreditation.VerdictInput;
import kz.edufusion.academy.domain.AcademyInputRejected;
import kz.edufusion.academy.domain.Authoring;
import kz.edufusion.academy.domain.CourseContent;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The accreditation workflow through the API, the pages and the services: submitting only published versions, one
 * open submission per course, reviews against a snapshot of the criteria, the three decisions with their rules, the
 * mark and the 10-course target, the expiry reminder exactly once, and every denial (403 for non-reviewers and for a
 * reviewer of their own course, 404 for another owner's course).
 */
@IntegrationTest
@AutoConfigureMockMvc
class AcademyAccreditationTest {

    private static final String API = "/api/v1/academy/accreditation";

    @Autowired
    MockMvc mvc;
    @Autowired
    Authoring authoring;
    @Autowired
    CourseContent content;
    @Autowired
    Accreditations accreditations;
    @Autowired
    Reviewing reviewing;
    @Autowired
    Criteria criteria;
    @Autowired
    AccreditationMarks marks;
    @Autowired
    AccreditationReminders reminders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    TestPeople people;
    AcademyFixtures courses;
    AccreditationFixtures fixtures;
    String owner;
    String reviewer;
    AcademyFixtures.Draft published;

    @BeforeEach
    void course() {
        people = new TestPeople(jdbc, users);
        courses = new AcademyFixtures(authoring, content);
        fixtures = new AccreditationFixtures(accreditations, reviewing);
        owner = people.twinEmail("educator", "Aigerim Owner");
        reviewer = people.twinEmail("reviewer", "Saule Reviewer");
        published = courses.published(people.user(owner), AcademyFixtures.unique("Accredited"));
    }

    @Test
    void onlyAPublishedVersionIsSubmittedAndOnlyOnceAtATime() throws Exception {
        var draft = courses.draft(people.user(owner), AcademyFixtures.unique("Draft only"), "Text");
        mvc.perform(post(API + "/submissions").with(asEmail(owner)).contentType(MediaType.APPLICATION_JSON)
                        .content(submit(draft.courseId(), draft.versionId())))
                .andExpect(status().isConflict()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/conflict"));
        mvc.perform(post(API + "/submissions").with(asEmail(owner)).contentType(MediaType.APPLICATION_JSON)
                        .content(submit(published.courseId(), published.versionId())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.versionNumber").value(1));
        mvc.perform(post(API + "/submissions").with(asEmail(owner)).contentType(MediaType.APPLICATION_JSON)
                        .content(submit(published.courseId(), published.versionId())))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("This course already has a submission waiting for its decision."));
        // a version of another course is no version of this one
        mvc.perform(post(API + "/submissions").with(asEmail(owner)).contentType(MediaType.APPLICATION_JSON)
                        .content(submit(draft.courseId(), published.versionId())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("versionId"));
        assertThat(jdbc.sql("SELECT count(*) FROM identity.audit_event WHERE action = 'academy.accreditation.submitted' AND object_id = ?")
                .param(published.courseId().toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void ownersSeeOnlyTheirOwnCoursesAndOnlyReviewersReview() throws Exception {
        String otherEducator = people.twinEmail("educator", "Other Educator");
        String student = people.twinEmail("student", "Some Student");
        AccreditationSubmission s = fixtures.submit(people.user(owner), published);
        mvc.perform(post(API + "/submissions").with(asEmail(otherEducator)).contentType(MediaType.APPLICATION_JSON)
                .content(submit(published.courseId(), published.versionId()))).andExpect(status().isNotFound());
        mvc.perform(get(API + "/courses/{id}/history", published.courseId()).with(asEmail(otherEducator))).andExpect(status().isNotFound());
        mvc.perform(get(API + "/courses/{id}/history", published.courseId()).with(asEmail(student))).andExpect(status().isNotFound());
        mvc.perform(get(API + "/submissions/{id}", s.id()).with(asEmail(otherEducator))).andExpect(status().isNotFound());
        mvc.perform(get("/academy/accreditation/courses/{id}", published.courseId()).with(asEmail(otherEducator)))
                .andExpect(status().isNotFound());
        mvc.perform(get(API + "/courses/{id}/history", published.courseId()).with(asEmail(owner))).andExpect(status().isOk())
                .andExpect(jsonPath("$.submissions[0].id").value(s.id().toString())).andExpect(jsonPath("$.owner").value(true));
        mvc.perform(get(API + "/courses/{id}/history", published.courseId()).with(asEmail(reviewer))).andExpect(status().isOk())
                .andExpect(jsonPath("$.owner").value(false));

        for (String nonReviewer : List.of(owner, otherEducator, student)) {
            mvc.perform(get(API + "/queue").with(asEmail(nonReviewer))).andExpect(status().isForbidden());
            mvc.perform(get("/academy/accreditation").with(asEmail(nonReviewer))).andExpect(status().isForbidden());
            mvc.perform(put(API + "/submissions/{id}/review", s.id()).with(asEmail(nonReviewer)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"items\":[]}")).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/forbidden"));
            mvc.perform(post("/academy/accreditation/submissions/{id}", s.id()).with(asEmail(nonReviewer)).with(csrf())
                    .param("action", "decide").param("decision", "APPROVED")).andExpect(status().isForbidden());
        }
        mvc.perform(get(API + "/queue").with(asEmail(reviewer))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + s.id() + "')]").isNotEmpty());
        mvc.perform(get("/academy/accreditation").with(asEmail(reviewer))).andExpect(status().isOk());
        mvc.perform(get("/academy/accreditation/submissions/{id}", s.id()).with(asEmail(reviewer))).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM academy.accreditation_review WHERE submission_id = ?").param(s.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void reviewersReadTheLessonsOfASubmittedVersionWithoutEnrolling() throws Exception {
        String student = people.twinEmail("student", "Curious Student");
        var notSubmitted = courses.published(people.user(owner), AcademyFixtures.unique("Not submitted"));
        mvc.perform(get("/academy/lessons/{id}", published.lessonId()).with(asEmail(reviewer))).andExpect(status().isNotFound());
        AccreditationSubmission s = fixtures.submit(people.user(owner), published);
        mvc.perform(get("/academy/lessons/{id}", published.lessonId()).with(asEmail(reviewer))).andExpect(status().isOk());
        mvc.perform(get("/academy/accreditation/submissions/{id}", s.id()).with(asEmail(reviewer))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/academy/lessons/" + published.lessonId())));
        mvc.perform(get("/academy/lessons/{id}", notSubmitted.lessonId()).with(asEmail(reviewer))).andExpect(status().isNotFound());
        mvc.perform(get("/academy/lessons/{id}", published.lessonId()).with(asEmail(student))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM academy.enrollment WHERE course_id = ?").param(published.courseId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void anAuthorWhoIsAlsoAReviewerCannotAccreditTheirOwnCourse() throws Exception {
        String both = people.twinEmail("educator", "Author And Reviewer");
        jdbc.sql("INSERT INTO identity.membership (person_id, organization_id, role, since) SELECT p.id, m.organization_id, m.role, now() "
                + "FROM identity.person p, identity.membership m JOIN identity.person r ON r.id = m.person_id "
                + "WHERE p.email = ? AND r.email = 'reviewer@demo.edufusion.kz'").param(both).update();
        var own = courses.published(people.user(both), AcademyFixtures.unique("Own course"));
        AccreditationSubmission s = fixtures.submit(people.user(both), own);
        mvc.perform(put(API + "/submissions/{id}/review", s.id()).with(asEmail(both)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\":[]}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value("You cannot review a course you own or one of your own organization."));
        mvc.perform(post(API + "/submissions/{id}/decision", s.id()).with(asEmail(both)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":{\"decision\":\"APPROVED\",\"validFrom\":\"" + AccreditationFixtures.today() + "\",\"validUntil\":\""
                        + AccreditationFixtures.today().plusYears(2) + "\"}}")).andExpect(status().isForbidden());
        mvc.perform(get("/academy/accreditation/submissions/{id}", s.id()).with(asEmail(both))).andExpect(status().isForbidden());
        // a reviewer of the agency who also teaches at the course's university has a conflict of interest too
        AccreditationSubmission colleague = fixtures.submit(people.user(owner), published);
        mvc.perform(put(API + "/submissions/{id}/review", colleague.id()).with(asEmail(both)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"items\":[]}")).andExpect(status().isForbidden());
        mvc.perform(put(API + "/submissions/{id}/review", UUID.randomUUID()).with(asEmail(both)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"items\":[]}")).andExpect(status().isNotFound());
        mvc.perform(get(API + "/queue").with(asEmail(both))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + s.id() + "')]").isEmpty());
        assertThat(marks.of(own.courseId())).isEmpty();
    }

    @Test
    void badReviewsAndDecisionsAreProblemsNamingTheField() throws Exception {
        AccreditationSubmission s = fixtures.submit(people.user(owner), published);
        CurrentUser r = people.user(reviewer);
        List<VerdictInput> met = fixtures.all(r, s.id(), Verdict.MET);
        String code = met.get(0).criterion();
        mvc.perform(put(API + "/submissions/{id}/review", s.id()).with(asEmail(reviewer)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\":[{\"criterion\":\"NO_SUCH_CRITERION\",\"verdict\":\"MET\"}]}"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("items[0].criterion"));
        mvc.perform(put(API + "/submissions/{id}/review", s.id()).with(asEmail(reviewer)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\":[{\"criterion\":\"" + code + "\",\"verdict\":\"NOT_MET\"}]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("items[0].comment"));
        // a decision before every criterion has its verdict
        mvc.perform(post(API + "/submissions/{id}/decision", s.id()).with(asEmail(reviewer)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":{\"decision\":\"REJECTED\",\"reasons\":\"Too thin\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("items[0].verdict"));
        reviewing.saveVerdicts(r, s.id(), met);
        LocalDate today = AccreditationFixtures.today();
        decide(s.id(), "{\"decision\":\"APPROVED\",\"validFrom\":\"" + today + "\",\"validUntil\":\"" + today.plusYears(6) + "\"}", "validUntil");
        decide(s.id(), "{\"decision\":\"APPROVED\",\"validFrom\":\"" + today + "\",\"validUntil\":\"" + today.plusMonths(6) + "\"}", "validUntil");
        decide(s.id(), "{\"decision\":\"APPROVED\",\"validFrom\":\"" + today.minusDays(3) + "\",\"validUntil\":\"" + today.plusYears(2) + "\"}", "validFrom");
        decide(s.id(), "{\"decision\":\"APPROVED\"}", "validFrom");
        decide(s.id(), "{\"decision\":\"CHANGES_REQUESTED\"}", "reasons");
        decide(s.id(), "{\"decision\":\"REJECTED\",\"reasons\":\"  \"}", "reasons");
        decide(s.id(), "{}", "decision");
        mvc.perform(post(API + "/submissions/{id}/decision", s.id()).with(asEmail(reviewer)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":{\"decision\":\"MAYBE\"}}")).andExpect(status().isBadRequest());
        // nothing was decided by the refused attempts
        assertThat(accreditations.submission(r, s.id()).status()).isEqualTo(SubmissionStatus.SUBMITTED);
        // an approval with a criterion not met is refused too, and a failed decision keeps the verdicts as they were
        List<VerdictInput> oneNotMet = List.of(new VerdictInput(code, Verdict.NOT_MET, "Outcomes missing"));
        assertThatThrownBy(() -> reviewing.decide(r, s.id(), oneNotMet, new DecisionInput(AccreditationDecision.APPROVED, today, today.plusYears(1), null)))
                .isInstanceOfSatisfying(AcademyInputRejected.class, e -> assertThat(e.fieldProblems()).extracting(p -> p.field())
                        .containsExactly("decision"));
        assertThat(accreditations.submission(r, s.id()).review().items().get(0).verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void changesRequestedShowTheCommentsAndTheOwnerResubmitsANewVersion() throws Exception {
        AccreditationSubmission s = fixtures.submit(people.user(owner), published);
        CurrentUser r = people.user(reviewer);
        List<VerdictInput> partly = fixtures.all(r, s.id(), Verdict.PARTLY_MET);
        // the owner does not read a review in progress
        mvc.perform(get(API + "/courses/{id}/history", published.courseId()).with(asEmail(owner)))
                .andExpect(jsonPath("$.submissions[0].review").doesNotExist());
        // another reviewer cannot take over a review in progress
        String second = people.twinEmail("reviewer", "Second Reviewer");
        mvc.perform(put(API + "/submissions/{id}/review", s.id()).with(asEmail(second)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"items\":[]}")).andExpect(status().isConflict());
        reviewing.decide(r, s.id(), partly, new DecisionInput(AccreditationDecision.CHANGES_REQUESTED, null, null, "Tighten the assessment."));
        mvc.perform(get(API + "/courses/{id}/history", published.courseId()).with(asEmail(owner))).andExpect(status().isOk())
                .andExpect(jsonPath("$.submissions[0].status").value("CHANGES_REQUESTED"))
                .andExpect(jsonPath("$.submissions[0].review.reasons").value("Tighten the assessment."))
                .andExpect(jsonPath("$.submissions[0].review.items[0].verdict").value("PARTLY_MET"))
                .andExpect(jsonPath("$.submissions[0].review.items[0].comment").value("Needs work on " + partly.get(0).criterion()));
        mvc.perform(get("/academy/accreditation/courses/{id}", published.courseId()).with(asEmail(owner))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tighten the assessment.")));
        assertThat(marks.of(published.courseId())).isEmpty();
        // a decided submission takes no more verdicts
        assertThatThrownBy(() -> reviewing.saveVerdicts(r, s.id(), List.of())).isInstanceOf(DomainProblem.class)
                .hasMessage("academy.accreditation.problem.closed");
        // the owner publishes version 2 and submits it; approved, it carries the mark
        CurrentUser o = people.user(owner);
        var v2 = authoring.startDraft(o, published.courseId());
        authoring.publish(o, v2.id());
        AccreditationSubmission again = accreditations.submit(o, published.courseId(), v2.id(), "Assessment tightened");
        long before = marks.progress().accredited();
        fixtures.approve(r, again.id(), AccreditationFixtures.today(), AccreditationFixtures.today().plusYears(3));
        assertThat(marks.of(published.courseId())).get().satisfies(m -> {
            assertThat(m.versionId()).isEqualTo(v2.id());
            assertThat(m.validUntil()).isEqualTo(AccreditationFixtures.today().plusYears(3));
            assertThat(m.agency().en()).isEqualTo("Independent Agency for Accreditation and Rating");
        });
        assertThat(marks.progress().accredited()).isEqualTo(before + 1);
        assertThat(accreditations.history(o, published.courseId()).submissions()).extracting(AccreditationSubmission::status)
                .containsExactly(SubmissionStatus.APPROVED, SubmissionStatus.CHANGES_REQUESTED);
        assertThat(jdbc.sql("SELECT count(*) FROM notifications.outbox_message WHERE recipient = ?").param(owner)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT action FROM identity.audit_event WHERE object_id = ? AND action LIKE 'academy.accreditation.%' ORDER BY occurred_at")
                .param(published.courseId().toString()).query(String.class).list())
                .contains("academy.accreditation.changes_requested", "academy.accreditation.approved");

        // the catalog's filter and the API show it; a new version in the catalog is not covered until reviewed
        mvc.perform(get("/api/v1/academy/courses").param("accredited", "true").param("size", "100").with(asEmail(owner)))
                .andExpect(jsonPath("$.items[?(@.version.courseId == '" + published.courseId() + "')]").isNotEmpty());
        mvc.perform(get("/academy").param("accredited", "true").param("q", "Accredited")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-accredited")));
        mvc.perform(get("/academy/courses/{id}", published.courseId())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Independent Agency for Accreditation and Rating")));
        mvc.perform(get(API + "/progress").with(asEmail(owner))).andExpect(jsonPath("$.target").value(10));
        var v3 = authoring.startDraft(o, published.courseId());
        authoring.publish(o, v3.id());
        assertThat(marks.of(published.courseId())).isEmpty();
        mvc.perform(get("/api/v1/academy/courses").param("accredited", "true").param("size", "100").with(asEmail(owner)))
                .andExpect(jsonPath("$.items[?(@.version.courseId == '" + published.courseId() + "')]").isEmpty());
    }

    @Test
    void theReviewKeepsItsSnapshotOfTheCriteriaAndUsedCriteriaAreOnlyDeactivated() throws Exception {
        CurrentUser r = people.user(reviewer);
        String code = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID id = criteria.add(r, new AccreditationCriterionInput(code, LocalizedText.of("Сынақ", "Тест", "Test criterion"), 90));
        try {
            AccreditationSubmission s = fixtures.submit(people.user(owner), published);
            List<VerdictInput> met = fixtures.all(r, s.id(), Verdict.MET);
            assertThat(met).extracting(VerdictInput::criterion).contains(code);
            criteria.update(r, id, new AccreditationCriterionInput(null, LocalizedText.of(null, null, "Reworded"), 90));
            assertThat(accreditations.submission(r, s.id()).review().items()).filteredOn(i -> i.code().equals(code))
                    .singleElement().satisfies(i -> assertThat(i.text().en()).isEqualTo("Test criterion"));
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(API + "/criteria/{id}", id)
                    .with(asEmail(reviewer))).andExpect(status().isConflict());
        } finally {
            criteria.setActive(r, id, false);
        }
        assertThat(criteria.active()).extracting(c -> c.code()).doesNotContain(code);
        assertThat(criteria.all(r)).filteredOn(c -> c.code().equals(code)).singleElement()
                .satisfies(c -> assertThat(c.used()).isTrue());
        // an unused criterion may go; bad input is a problem; non-reviewers are refused
        UUID unused = criteria.add(r, new AccreditationCriterionInput(code + "_X", LocalizedText.of(null, null, "Short-lived"), 91));
        criteria.delete(r, unused);
        mvc.perform(post(API + "/criteria").with(asEmail(reviewer)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"lower case\",\"text\":{},\"position\":0}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(3));
        mvc.perform(post(API + "/criteria").with(asEmail(reviewer)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code + "\",\"text\":{\"en\":\"Again\"},\"position\":5}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(get(API + "/criteria").with(asEmail(owner))).andExpect(status().isForbidden());
        mvc.perform(get("/academy/accreditation/criteria").with(asEmail(owner))).andExpect(status().isForbidden());
        mvc.perform(post("/academy/accreditation/criteria").with(asEmail(owner)).with(csrf()).param("code", "INTRUDER")
                .param("textEn", "x").param("position", "1")).andExpect(status().isForbidden());
        mvc.perform(get("/academy/accreditation/criteria").with(kz.edufusion.support.LoggedIn.as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/academy/accreditation/criteria").with(asEmail(reviewer))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("OUTCOMES_MAPPED")));
    }

    @Test
    void theOwnerIsRemindedOnceBeforeTheAccreditationEnds() {
        CurrentUser r = people.user(reviewer);
        AccreditationSubmission s = fixtures.submit(people.user(owner), published);
        LocalDate today = AccreditationFixtures.today();
        LocalDate until = today.plusYears(1);
        fixtures.approve(r, s.id(), today, until);
        long mails = outbox(owner);
        reminders.run(today);
        assertThat(outbox(owner)).isEqualTo(mails);
        reminders.run(until.minusDays(61));
        assertThat(outbox(owner)).isEqualTo(mails);
        reminders.run(until.minusDays(60));
        assertThat(outbox(owner)).isEqualTo(mails + 1);
        reminders.run(until.minusDays(59));
        reminders.run(until.minusDays(10));
        assertThat(outbox(owner)).isEqualTo(mails + 1);
        assertThat(jdbc.sql("SELECT subject FROM notifications.outbox_message WHERE recipient = ? ORDER BY created_at DESC LIMIT 1")
                .param(owner).query(String.class).single()).contains(until.toString());
    }

    @Test
    void thePagesLetAReviewerDecideAndShowFieldProblems() throws Exception {
        AccreditationSubmission s = fixtures.submit(people.user(owner), published);
        var items = criteria.active();
        var page = post("/academy/accreditation/submissions/{id}", s.id()).with(asEmail(reviewer)).with(csrf()).param("action", "decide")
                .param("decision", "APPROVED").param("validFrom", AccreditationFixtures.today().toString())
                .param("validUntil", AccreditationFixtures.today().plusYears(9).toString());
        for (var c : items) {
            page.param("verdict[" + c.code() + "]", "MET");
        }
        mvc.perform(page).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The validity lasts at least one and at most five years.")));
        var good = post("/academy/accreditation/submissions/{id}", s.id()).with(asEmail(reviewer)).with(csrf()).param("action", "decide")
                .param("decision", "APPROVED").param("validFrom", AccreditationFixtures.today().toString())
                .param("validUntil", AccreditationFixtures.today().plusYears(2).toString());
        for (var c : items) {
            good.param("verdict[" + c.code() + "]", "MET");
        }
        mvc.perform(good).andExpect(status().is3xxRedirection());
        assertThat(marks.of(published.courseId())).isPresent();
        mvc.perform(get("/academy/accreditation/courses/{id}", published.courseId()).with(asEmail(owner))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-accredited")));
        mvc.perform(get("/academy/analytics").with(kz.edufusion.support.LoggedIn.as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-accredited-count")));
    }

    private void decide(UUID submission, String decision, String field) throws Exception {
        mvc.perform(post(API + "/submissions/{id}/decision", submission).with(asEmail(reviewer)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":" + decision + "}"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')]").isNotEmpty());
    }

    private long outbox(String email) {
        return jdbc.sql("SELECT count(*) FROM notifications.outbox_message WHERE recipient = ?").param(email).query(Long.class).single();
    }

    private static String submit(UUID courseId, UUID versionId) {
        return "{\"courseId\":\"" + courseId + "\",\"versionId\":\"" + versionId + "\",\"note\":\"Ready\"}";
    }
}
