package kz.edufusion.tdss;

import static kz.edufusion.support.LoggedIn.as;
import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.CourseCompleted;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import kz.edufusion.tdss.domain.TrainingLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Training: programs (an academy course or an external one) managed by coordinators, a completed academy course
 * that is a program entered in the ledger, cohorts completing a member at the attendance share, and external
 * records with evidence confirmed or rejected only by the educator's own coordinator.
 */
@IntegrationTest
@AutoConfigureMockMvc
class TdssTrainingTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    TrainingLedger ledger;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    TestPeople people;
    String coordinator;

    @BeforeEach
    void people() {
        people = new TestPeople(jdbc, users);
        coordinator = people.twinEmail("coordinator2", "Training Coordinator");
    }

    @Test
    void programsAreAddedByCoordinatorsWithTheirCompetencesAndBadOnesRefused() throws Exception {
        UUID course = jdbc.sql("""
                SELECT c.id FROM academy.course c JOIN academy.course_version v ON v.id = c.published_version_id
                WHERE v.title_en LIKE 'Climate%'""").query(UUID.class).single();
        mvc.perform(post("/api/v1/tdss/programs").with(asEmail(coordinator)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"T-CLIMATE\",\"kind\":\"PLATFORM_COURSE\",\"level\":\"NATIONAL\",\"academyCourseId\":\""
                                + course + "\",\"hours\":12,\"framework\":\"EDUFUSION\",\"competences\":[\"P.4\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title.en").value(containsString("Climate")))
                .andExpect(jsonPath("$.provider").value("EduFusion Academy"))
                .andExpect(jsonPath("$.competences[0]").value("P.4"));
        refused("{\"code\":\"T-X1\",\"kind\":\"PLATFORM_COURSE\",\"level\":\"NATIONAL\",\"academyCourseId\":\"" + course
                + "\",\"hours\":12,\"framework\":\"EDUFUSION\",\"competences\":[\"P.4\"]}", "academyCourseId");
        refused("{\"code\":\"T-X2\",\"kind\":\"PLATFORM_COURSE\",\"level\":\"NATIONAL\",\"academyCourseId\":\"" + UUID.randomUUID()
                + "\",\"hours\":12,\"framework\":\"EDUFUSION\",\"competences\":[\"P.4\"]}", "academyCourseId");
        refused(external("T-X3", "0", "\"1.1\""), "hours");
        refused(external("T-X4", "2500", "\"1.1\""), "hours");
        refused(external("T-X5", "10", ""), "competences");
        refused(external("T-CLIMATE", "10", "\"1.1\""), "code");
        mvc.perform(post("/api/v1/tdss/programs").with(as("student")).contentType(MediaType.APPLICATION_JSON)
                .content(external("T-X6", "10", "\"1.1\""))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tdss/programs").with(as("educator")).contentType(MediaType.APPLICATION_JSON)
                .content(external("T-X7", "10", "\"1.1\""))).andExpect(status().isForbidden());
        mvc.perform(get("/tdss/programs").with(asEmail(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-program=\"T-CLIMATE\"")));
        mvc.perform(get("/tdss/programs").with(as("student"))).andExpect(status().isForbidden());
    }

    @Test
    void aCompletedAcademyCourseThatIsAProgramEntersTheLedgerOnceForEducatorsOnly() {
        record Course(UUID id, UUID version) {
        }
        Course course = jdbc.sql("""
                SELECT c.id, c.published_version_id FROM academy.course c JOIN academy.course_version v ON v.id = c.published_version_id
                WHERE v.title_en LIKE 'Data literacy%'""").query((rs, n) -> new Course(rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class))).single();
        CurrentUser educator = people.twin("educator", "Course Finisher");
        CurrentUser student = people.twin("student", "Student Finisher");
        // not (yet) a program: nothing enters the ledger
        complete(educator, course.id(), course.version());
        assertThat(ledger.of(educator.personId()).hours()).isEqualByComparingTo("0");
        UUID program = UUID.randomUUID();
        String code = "T-LISTEN-" + program.toString().substring(0, 6).toUpperCase();
        jdbc.sql("""
                INSERT INTO tdss.training_program (id, code, kind, level, academy_course_id, title_kk, title_ru, title_en, provider, hours)
                VALUES (?, ?, 'PLATFORM_COURSE', 'NATIONAL', ?, 'k', 'r', 'Listener course', 'EduFusion Academy', 16)""")
                .params(program, code, course.id()).update();
        complete(educator, course.id(), course.version());
        complete(educator, course.id(), course.version());
        complete(student, course.id(), course.version());
        TrainingLedger.Summary summary = ledger.of(educator.personId());
        assertThat(summary.hours()).isEqualByComparingTo("16");
        assertThat(summary.programCodes()).containsExactly(code);
        assertThat(jdbc.sql("SELECT source || ':' || status FROM tdss.training_completion WHERE person_id = ?")
                .param(educator.personId()).query(String.class).list()).containsExactly("ACADEMY:CONFIRMED");
        assertThat(ledger.of(student.personId()).hours()).isEqualByComparingTo("0");
    }

    private void complete(CurrentUser learner, UUID course, UUID version) {
        transaction.executeWithoutResult(s -> events.publishEvent(
                new CourseCompleted(UUID.randomUUID(), learner.personId(), course, version, Instant.now())));
    }

    @Test
    void aCohortCompletesAMemberWhoAttendedTheShareOfItsSessions() throws Exception {
        String program = TdssPlansTest.program(mvc, coordinator, "cohort", "\"3.1\"");
        String cohort = JsonPath.read(mvc.perform(post("/api/v1/tdss/cohorts").with(asEmail(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programId\":\"" + program + "\",\"title\":\"Spring cohort\",\"startsOn\":\"2027-02-01\","
                                + "\"endsOn\":\"2027-03-31\",\"capacity\":2}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.completionShare").value(0.8))
                .andReturn().getResponse().getContentAsString(), "$.id");
        CurrentUser diligent = people.twin("educator", "Diligent Member");
        CurrentUser absent = people.twin("educator", "Absent Member");
        member(cohort, diligent.personId()).andExpect(status().isOk());
        member(cohort, absent.personId()).andExpect(status().isOk());
        member(cohort, people.twin("educator", "Third Member").personId()).andExpect(status().isConflict());
        member(cohort, people.twin("student", "Student Member").personId()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personId"));
        for (int day = 1; day <= 5; day++) {
            mvc.perform(post("/api/v1/tdss/cohorts/" + cohort + "/sessions").with(asEmail(coordinator))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"heldOn\":\"2027-02-0" + day + "\",\"topic\":\"Session " + day + "\"}"))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/api/v1/tdss/cohorts/" + cohort + "/sessions").with(asEmail(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"heldOn\":\"2027-04-01\",\"topic\":\"Late\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("heldOn"));
        List<String> sessions = JsonPath.read(mvc.perform(get("/api/v1/tdss/cohorts/" + cohort).with(asEmail(coordinator)))
                .andReturn().getResponse().getContentAsString(), "$.sessions[*].id");
        for (int i = 0; i < 3; i++) {
            attendance(cohort, sessions.get(i), "\"" + diligent.personId() + "\"" + (i == 0 ? ",\"" + absent.personId() + "\"" : ""));
        }
        assertThat(ledger.of(diligent.personId()).hours()).isEqualByComparingTo("0");
        // the fourth of five sessions: 80 % reached
        attendance(cohort, sessions.get(3), "\"" + diligent.personId() + "\"")
                .andExpect(jsonPath("$.members[?(@.name == 'Diligent Member')].completedAt").isNotEmpty());
        assertThat(ledger.of(diligent.personId()).hours()).isEqualByComparingTo("36");
        assertThat(ledger.of(absent.personId()).hours()).isEqualByComparingTo("0");
        attendance(cohort, sessions.get(4), "\"" + diligent.personId() + "\"");
        assertThat(ledger.of(diligent.personId()).hours()).isEqualByComparingTo("36");
        attendance(cohort, sessions.get(4), "\"" + UUID.randomUUID() + "\"").andExpect(status().isBadRequest());

        // another institution's coordinator, an educator and a student do not see it
        mvc.perform(get("/api/v1/tdss/cohorts/" + cohort).with(as("coordinator"))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/tdss/cohorts/" + cohort + "/sessions/" + sessions.get(0) + "/attendance").with(as("coordinator"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"present\":[]}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tdss/cohorts/" + cohort).with(asEmail(people.twinEmail("educator", "Curious"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/tdss/cohorts").with(as("student"))).andExpect(status().isForbidden());
        mvc.perform(get("/tdss/cohorts/" + cohort).with(asEmail(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-member=\"" + diligent.personId() + "\"")));
        mvc.perform(post("/tdss/cohorts/" + cohort + "/sessions/" + sessions.get(4) + "/attendance").with(asEmail(coordinator))
                        .with(csrf()).param("present", absent.personId().toString()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tdss/cohorts/" + cohort));
        mvc.perform(post("/tdss/cohorts/" + cohort + "/sessions").with(asEmail(coordinator)).with(csrf())
                        .param("heldOn", "2026-01-01").param("topic", "Too early"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tdss/cohorts/" + cohort))
                .andExpect(flash().attributeExists("pageProblem"));
    }

    @Test
    void anExternalRecordWaitsForTheEducatorsOwnCoordinator() throws Exception {
        String educator = people.twinEmail("educator", "External Learner");
        String record = JsonPath.read(externalRecord(educator, "40", evidence(PNG)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING")).andExpect(jsonPath("$.source").value("EXTERNAL"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        assertThat(ledger.of(people.user(educator).personId()).hours()).isEqualByComparingTo("0");
        externalRecord(educator, "2001", evidence(PNG)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hours"));
        externalRecord(educator, "0", evidence(PNG)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hours"));
        byte[] oversized = new byte[5 * 1024 * 1024 + 10];
        System.arraycopy(PNG, 0, oversized, 0, PNG.length);
        externalRecord(educator, "10", evidence(oversized)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        externalRecord(educator, "10", evidence("GIF89a".getBytes())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        externalRecord(educator, "10", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));

        String other = people.twinEmail("educator", "Nosy Colleague");
        mvc.perform(get("/api/v1/tdss/training/" + record + "/evidence").with(asEmail(other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tdss/training/mine").with(asEmail(other))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(record))));
        mvc.perform(post("/api/v1/tdss/training/" + record + "/confirm").with(as("coordinator"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tdss/training/pending").with(as("coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(record))));
        mvc.perform(post("/api/v1/tdss/training/" + record + "/confirm").with(asEmail(other))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tdss/training/mine").with(as("student"))).andExpect(status().isForbidden());
        mvc.perform(get("/tdss/training").with(as("student"))).andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/tdss/training/pending").with(asEmail(coordinator))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + record + "')].personName").value("External Learner"));
        mvc.perform(get("/api/v1/tdss/training/" + record + "/evidence").with(asEmail(coordinator))).andExpect(status().isOk())
                .andExpect(content().bytes(PNG));
        mvc.perform(get("/tdss/review").with(asEmail(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-record=\"" + record + "\"")));
        mvc.perform(post("/api/v1/tdss/training/" + record + "/confirm").with(asEmail(coordinator)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONFIRMED"));
        mvc.perform(post("/api/v1/tdss/training/" + record + "/reject").with(asEmail(coordinator))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"late\"}")).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/tdss/training/mine/summary").with(asEmail(educator))).andExpect(status().isOk())
                .andExpect(jsonPath("$.hours").value(40)).andExpect(jsonPath("$.internationalHours").value(40));

        String second = JsonPath.read(externalRecord(educator, "8", evidence(PNG)).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/tdss/training/" + second + "/reject").with(asEmail(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/tdss/review/" + second + "/reject").with(asEmail(coordinator)).with(csrf())
                        .param("reason", "The certificate names another person"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tdss/review"));
        mvc.perform(get("/tdss/training").with(asEmail(educator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("The certificate names another person")))
                .andExpect(content().string(containsString("data-record=\"" + record + "\"")));
        assertThat(ledger.of(people.user(educator).personId()).hours()).isEqualTo(new BigDecimal("40.0"));
        mvc.perform(multipart("/tdss/training").file(evidence(PNG)).with(asEmail(educator)).with(csrf())
                        .param("title", "Summer school").param("provider", "UNESCO").param("level", "INTERNATIONAL")
                        .param("hours", "99999").param("completedOn", "2026-06-01"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tdss/training"))
                .andExpect(flash().attributeExists("pageProblem"));
    }

    @Test
    void theDemoHasAnAcademyProgramAnInternationalOneAndACohortWithAttendance() {
        assertThat(jdbc.sql("SELECT count(*) FROM tdss.training_program WHERE code = 'DEMO-ENTREPRENEURIAL-TEACHING' "
                + "AND kind = 'PLATFORM_COURSE' AND academy_course_id IS NOT NULL").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM tdss.training_program WHERE code = 'DEMO-ERASMUS-STEAM' AND level = 'INTERNATIONAL'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM tdss.attendance a JOIN tdss.cohort_session s ON s.id = a.session_id
                JOIN tdss.cohort c ON c.id = s.cohort_id JOIN tdss.training_program p ON p.id = c.program_id
                WHERE p.code = 'DEMO-ERASMUS-STEAM' AND a.present""").query(Long.class).single()).isEqualTo(3);
    }

    private org.springframework.test.web.servlet.ResultActions member(String cohort, UUID person) throws Exception {
        return mvc.perform(post("/api/v1/tdss/cohorts/" + cohort + "/members").with(asEmail(coordinator))
                .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":\"" + person + "\"}"));
    }

    private org.springframework.test.web.servlet.ResultActions attendance(String cohort, String session, String present)
            throws Exception {
        return mvc.perform(put("/api/v1/tdss/cohorts/" + cohort + "/sessions/" + session + "/attendance").with(asEmail(coordinator))
                .contentType(MediaType.APPLICATION_JSON).content("{\"present\":[" + present + "]}"));
    }

    private org.springframework.test.web.servlet.ResultActions externalRecord(String email, String hours, MockMultipartFile file)
            throws Exception {
        var request = multipart("/api/v1/tdss/training/external");
        if (file != null) {
            request.file(file);
        }
        return mvc.perform(request.with(asEmail(email)).param("title", "STEAM summer school").param("provider", "UNESCO IITE")
                .param("level", "INTERNATIONAL").param("hours", hours).param("completedOn", "2026-07-15"));
    }

    private static MockMultipartFile evidence(byte[] bytes) {
        return new MockMultipartFile("file", "certificate.png", "image/png", bytes);
    }

    private void refused(String body, String field) throws Exception {
        mvc.perform(post("/api/v1/tdss/programs").with(asEmail(coordinator)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(field));
    }

    private static String external(String code, String hours, String competences) {
        return "{\"code\":\"" + code + "\",\"kind\":\"EXTERNAL\",\"level\":\"NATIONAL\",\"titleKk\":\"a\",\"titleRu\":\"b\","
                + "\"titleEn\":\"c\",\"provider\":\"NCPD Orleu\",\"hours\":" + hours + ",\"framework\":\"DIGCOMPEDU\","
                + "\"competences\":[" + competences + "]}";
    }
}
