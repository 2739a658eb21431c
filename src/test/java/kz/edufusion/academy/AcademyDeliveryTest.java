package kz.edufusion.academy;

import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import kz.edufusion.academy.domain.AcademyCalendar;
import kz.edufusion.academy.domain.AcademyInputRejected;
import kz.edufusion.academy.domain.Authoring;
import kz.edufusion.academy.domain.CohortInput;
import kz.edufusion.academy.domain.CohortView;
import kz.edufusion.academy.domain.CourseContent;
import kz.edufusion.academy.domain.Delivery;
import kz.edufusion.academy.domain.SessionInput;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Delivery: approval and cohort modes, the waiting list and its promotion with a mail, pending and waitlisted
 * learners do not open lessons, only the owner manages cohorts and requests, and bad input is refused per field.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AcademyDeliveryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Authoring authoring;
    @Autowired
    CourseContent content;
    @Autowired
    Delivery delivery;
    @Autowired
    AcademyCalendar calendar;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    TestPeople people;
    String owner;
    String first;
    String second;
    AcademyFixtures.Draft course;

    @BeforeEach
    void course() {
        people = new TestPeople(jdbc, users);
        owner = people.twinEmail("educator", "Delivery Owner");
        first = people.twinEmail("student", "First Learner");
        second = people.twinEmail("student", "Second Learner");
        course = new AcademyFixtures(authoring, content).published(people.user(owner), AcademyFixtures.unique("Delivered"));
    }

    static CohortInput cohort(int capacity) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));
        return new CohortInput("Autumn group", today.plusDays(10), today.plusDays(100), today.minusDays(1), today.plusDays(9),
                capacity, null);
    }

    @Test
    void aFullCohortWaitlistsAndAWithdrawalPromotesTheFirstWaitingWithAMail() throws Exception {
        CurrentUser me = people.user(owner);
        delivery.changeMode(me, course.courseId(), EnrollmentMode.COHORT);
        CohortView cohort = delivery.createCohort(me, course.courseId(), cohort(1));

        assertThat(delivery.apply(people.user(first), course.courseId(), cohort.id()).status()).isEqualTo(EnrollmentStatus.ACTIVE);
        var waiting = delivery.apply(people.user(second), course.courseId(), cohort.id());
        assertThat(waiting.status()).isEqualTo(EnrollmentStatus.WAITLISTED);
        assertThat(waiting.waitingPosition()).isEqualTo(1);
        mvc.perform(get("/academy/lessons/{id}", course.lessonId()).with(asEmail(second))).andExpect(status().isNotFound());
        assertThatThrownBy(() -> delivery.apply(people.user(second), course.courseId(), cohort.id()))
                .isInstanceOf(DomainProblem.class).extracting("messageKey").isEqualTo("academy.delivery.problem.alreadyApplied");

        delivery.withdraw(people.user(first), course.courseId());
        assertThat(delivery.application(people.user(second), course.courseId()).orElseThrow().status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(jdbc.sql("SELECT count(*) FROM notifications.outbox_message WHERE recipient = ?").param(second)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/academy/lessons/{id}", course.lessonId()).with(asEmail(second))).andExpect(status().isOk());
        mvc.perform(get("/academy/lessons/{id}", course.lessonId()).with(asEmail(first))).andExpect(status().isNotFound());
    }

    @Test
    void aHigherCapPromotesAndACapBelowTheMembersIsRefused() {
        CurrentUser me = people.user(owner);
        delivery.changeMode(me, course.courseId(), EnrollmentMode.COHORT);
        CohortView cohort = delivery.createCohort(me, course.courseId(), cohort(1));
        delivery.apply(people.user(first), course.courseId(), cohort.id());
        delivery.apply(people.user(second), course.courseId(), cohort.id());

        assertThat(delivery.updateCohort(me, cohort.id(), cohort(2)).active()).isEqualTo(2);
        assertThatThrownBy(() -> delivery.updateCohort(me, cohort.id(), cohort(1))).isInstanceOf(AcademyInputRejected.class)
                .satisfies(e -> assertThat(((AcademyInputRejected) e).fieldProblems()).extracting("field").containsExactly("capacity"));
    }

    @Test
    void badCohortsAndApplyingOutsideTheWindowAreFieldErrors() {
        CurrentUser me = people.user(owner);
        delivery.changeMode(me, course.courseId(), EnrollmentMode.COHORT);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));
        assertThatThrownBy(() -> delivery.createCohort(me, course.courseId(),
                new CohortInput("Bad", today.plusDays(5), today, today, today.minusDays(1), 0, UUID.randomUUID())))
                .isInstanceOf(AcademyInputRejected.class)
                .satisfies(e -> assertThat(((AcademyInputRejected) e).fieldProblems()).extracting("field")
                        .containsExactlyInAnyOrder("endsOn", "enrollClosesOn", "capacity", "semesterId"));
        CohortView closed = delivery.createCohort(me, course.courseId(),
                new CohortInput("Closed", today.plusDays(5), today.plusDays(50), today.minusDays(20), today.minusDays(2), 5, null));
        assertThatThrownBy(() -> delivery.apply(people.user(first), course.courseId(), closed.id()))
                .isInstanceOf(AcademyInputRejected.class)
                .satisfies(e -> assertThat(((AcademyInputRejected) e).fieldProblems()).extracting("messageKey")
                        .containsExactly("academy.delivery.problem.windowClosed"));
    }

    @Test
    void approvalKeepsTheLearnerOutUntilTheOwnerApprovesAndADeclineNeedsAReason() throws Exception {
        CurrentUser me = people.user(owner);
        delivery.changeMode(me, course.courseId(), EnrollmentMode.APPROVAL);
        mvc.perform(post("/academy/courses/{id}/apply", course.courseId()).with(asEmail(first)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var pending = delivery.application(people.user(first), course.courseId()).orElseThrow();
        assertThat(pending.status()).isEqualTo(EnrollmentStatus.PENDING);
        mvc.perform(get("/academy/lessons/{id}", course.lessonId()).with(asEmail(first))).andExpect(status().isNotFound());
        mvc.perform(get("/academy/courses/{id}", course.courseId()).with(asEmail(first)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-application-status")));

        String stranger = people.twinEmail("educator", "Not The Owner");
        mvc.perform(post("/academy/teach/enrollments/{id}/approve", pending.enrollmentId()).with(asEmail(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/academy/teach/courses/{id}/delivery", course.courseId()).with(asEmail(first))).andExpect(status().isForbidden());
        mvc.perform(get("/academy/teach/courses/{id}/delivery", course.courseId()).with(asEmail(owner)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("data-pending")));

        mvc.perform(post("/academy/teach/enrollments/{id}/approve", pending.enrollmentId()).with(asEmail(owner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/academy/lessons/{id}", course.lessonId()).with(asEmail(first))).andExpect(status().isOk());

        delivery.apply(people.user(second), course.courseId(), null);
        var other = delivery.application(people.user(second), course.courseId()).orElseThrow();
        assertThatThrownBy(() -> delivery.decline(me, other.enrollmentId(), " ")).isInstanceOf(AcademyInputRejected.class);
        assertThat(delivery.decline(me, other.enrollmentId(), "The course is for engineers").status()).isEqualTo(EnrollmentStatus.DECLINED);
        mvc.perform(get("/academy/lessons/{id}", course.lessonId()).with(asEmail(second))).andExpect(status().isNotFound());
    }

    @Test
    void liveSessionsOfABlendedCohortReachTheLearnersCalendarAndIcs() throws Exception {
        CurrentUser me = people.user(owner);
        var details = AcademyFixtures.details(AcademyFixtures.unique("Blended"));
        details = new kz.edufusion.academy.domain.CourseDetails(details.title(), details.summary(), details.description(), details.level(),
                details.hours(), details.ects(), CourseFormat.BLENDED, details.delivery(), details.languages(), details.tags(),
                details.prerequisites());
        UUID courseId = authoring.create(me, details);
        UUID versionId = authoring.overview(me, courseId).version().id();
        UUID module = content.addModule(me, versionId, kz.edufusion.common.LocalizedText.of(null, null, "M"));
        content.addLesson(me, module, new kz.edufusion.academy.domain.LessonInput(kz.edufusion.common.LocalizedText.of(null, null, "L"),
                kz.edufusion.common.LocalizedText.of(null, null, "Text"), null, 5));
        authoring.addOutcome(me, versionId, new kz.edufusion.academy.domain.OutcomeInput(
                kz.edufusion.common.LocalizedText.of(null, null, "Writes Python"), AcademyFixtures.PYTHON), java.util.Locale.ENGLISH);
        authoring.publish(me, versionId);
        delivery.changeMode(me, courseId, EnrollmentMode.COHORT);
        CohortView cohort = delivery.createCohort(me, courseId, cohort(10));
        assertThatThrownBy(() -> calendar.addSession(me, cohort.id(), new SessionInput("Lab", LocalDate.now().plusDays(12),
                LocalTime.of(18, 30), 90, "http://insecure.example", null))).isInstanceOf(AcademyInputRejected.class);
        calendar.addSession(me, cohort.id(), new SessionInput("Lab, week 1", LocalDate.now().plusDays(12), LocalTime.of(18, 30), 90,
                "https://meet.example.kz/lab", "Room 101"));
        delivery.apply(people.user(first), courseId, cohort.id());

        mvc.perform(get("/academy/calendar").with(asEmail(first))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Lab, week 1")));
        mvc.perform(get("/academy/calendar.ics").with(asEmail(first))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("SUMMARY:Lab\\, week 1")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("LOCATION:Room 101")));
        mvc.perform(get("/academy/teach/cohorts/{id}", cohort.id()).with(asEmail(people.twinEmail("educator", "Stranger"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/academy/teach/cohorts/{id}", cohort.id()).with(asEmail(owner))).andExpect(status().isOk());
    }

    @Test
    void theApiAnswersProblemsWithFieldErrorsAndHidesCohortsFromOthers() throws Exception {
        String body = "{\"name\":\"Api group\",\"startsOn\":\"2027-03-01\",\"endsOn\":\"2027-02-01\","
                + "\"enrollOpensOn\":\"2027-01-01\",\"enrollClosesOn\":\"2027-02-20\",\"capacity\":5}";
        mvc.perform(post("/api/v1/academy/authoring/courses/{id}/cohorts", course.courseId()).with(asEmail(owner))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field").value("endsOn"));
        mvc.perform(get("/api/v1/academy/authoring/courses/{id}/cohorts", course.courseId())
                .with(asEmail(people.twinEmail("educator", "Api Stranger")))).andExpect(status().isNotFound());
        delivery.changeMode(people.user(owner), course.courseId(), EnrollmentMode.APPROVAL);
        mvc.perform(post("/api/v1/academy/courses/{id}/application", course.courseId()).with(asEmail(first))).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/academy/courses/{id}/application", course.courseId()).with(asEmail(first))).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/academy/courses/{id}/enrollment", course.courseId()).with(asEmail(second))).andExpect(status().isConflict());
    }
}
