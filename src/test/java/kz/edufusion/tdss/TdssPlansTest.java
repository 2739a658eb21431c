package kz.edufusion.tdss;

import static kz.edufusion.support.LoggedIn.as;
import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import kz.edufusion.tdss.domain.CompetenceRating;
import kz.edufusion.tdss.domain.DevelopmentPlans;
import kz.edufusion.tdss.domain.Recommendation;
import kz.edufusion.tdss.domain.SelfAssessments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An educator drafts a development plan with goals tied to competences and evidence, submits it; only a coordinator
 * of the same institution reviews it (returns with a comment, approves); everyone else meets 404 or 403. Recommended
 * programs are those covering the self-assessed gaps, most gaps first.
 */
@IntegrationTest
@AutoConfigureMockMvc
class TdssPlansTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    DevelopmentPlans plans;

    TestPeople people;
    String educator;
    String supervisor;

    @BeforeEach
    void people() {
        people = new TestPeople(jdbc, users);
        educator = people.twinEmail("educator", "Planning Educator");
        supervisor = people.twinEmail("coordinator2", "Plan Supervisor");
    }

    @Test
    void anEducatorDraftsSubmitsAndTheirOwnCoordinatorReturnsAndApproves() throws Exception {
        String plan = createPlan(educator);
        mvc.perform(post("/api/v1/tdss/plans/" + plan + "/goals").with(asEmail(educator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"competence\":\"3.1\",\"targetLevel\":\"B2\",\"dueOn\":\"2027-06-30\",\"description\":\"Guide inquiry online\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.goals[0].competence").value("3.1"))
                .andExpect(jsonPath("$.goals[0].targetLevel").value("B2"))
                .andExpect(jsonPath("$.goals[0].status").value("PLANNED"));
        String goal = JsonPath.read(mvc.perform(get("/api/v1/tdss/plans/" + plan).with(asEmail(educator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.goals[0].id");
        String withEvidence = mvc.perform(multipart("/api/v1/tdss/plans/" + plan + "/goals/" + goal + "/evidence")
                        .file(new MockMultipartFile("file", "certificate.pdf", "application/pdf", PDF)).with(asEmail(educator)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.goals[0].evidence[0].contentType").value("application/pdf"))
                .andReturn().getResponse().getContentAsString();
        String evidence = JsonPath.read(withEvidence, "$.goals[0].evidence[0].id");
        mvc.perform(get("/api/v1/tdss/plans/" + plan + "/evidence/" + evidence).with(asEmail(supervisor)))
                .andExpect(status().isOk()).andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PDF));
        mvc.perform(put("/api/v1/tdss/plans/" + plan + "/goals/" + goal + "/status").with(asEmail(educator))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"IN_PROGRESS\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.goals[0].status").value("IN_PROGRESS"));

        mvc.perform(post("/api/v1/tdss/plans/" + plan + "/approve").with(asEmail(supervisor))).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/tdss/plans/" + plan + "/submit").with(asEmail(educator)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(post("/api/v1/tdss/plans/" + plan + "/goals").with(asEmail(educator)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"competence\":\"1.1\",\"targetLevel\":\"B2\",\"dueOn\":\"2027-06-30\"}")).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/tdss/plans/review").with(asEmail(supervisor))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + plan + "')].status").value("SUBMITTED"));
        mvc.perform(post("/api/v1/tdss/plans/" + plan + "/return").with(asEmail(supervisor))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("comment"));
        mvc.perform(post("/api/v1/tdss/plans/" + plan + "/return").with(asEmail(supervisor))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"Add a goal on assessment\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.supervisorComment").value("Add a goal on assessment"));
        mvc.perform(post("/api/v1/tdss/plans/" + plan + "/goals").with(asEmail(educator)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"competence\":\"4.1\",\"targetLevel\":\"B1\",\"dueOn\":\"2027-09-30\"}")).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/tdss/plans/" + plan + "/submit").with(asEmail(educator))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/tdss/plans/" + plan + "/approve").with(asEmail(supervisor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.goals.length()").value(2))
                .andExpect(jsonPath("$.history[*].status").value(org.hamcrest.Matchers.contains(
                        "DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED")));
    }

    @Test
    void onlyTheOwnerAndTheirInstitutionsCoordinatorsSeeAPlan() throws Exception {
        String plan = createPlan(educator);
        mvc.perform(post("/api/v1/tdss/plans/" + plan + "/goals").with(asEmail(educator)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"competence\":\"2.1\",\"targetLevel\":\"B2\",\"dueOn\":\"2027-03-01\"}")).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/tdss/plans/" + plan + "/submit").with(asEmail(educator))).andExpect(status().isOk());
        String other = people.twinEmail("educator", "Other Planner");
        mvc.perform(get("/api/v1/tdss/plans/" + plan).with(asEmail(other))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/tdss/plans/" + plan + "/submit").with(asEmail(other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tdss/plans/" + UUID.randomUUID()).with(asEmail(educator))).andExpect(status().isNotFound());
        // the KazNU coordinator is not this Satbayev educator's supervisor
        mvc.perform(get("/api/v1/tdss/plans/" + plan).with(as("coordinator"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/tdss/plans/" + plan + "/approve").with(as("coordinator"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tdss/plans/review").with(as("coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(plan))));
        mvc.perform(get("/tdss/plans/" + plan).with(as("coordinator"))).andExpect(status().isNotFound());
        // an educator does not approve
        mvc.perform(post("/api/v1/tdss/plans/" + plan + "/approve").with(asEmail(other))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tdss/plans/" + plan).with(as("student"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tdss/plans/mine").with(as("student"))).andExpect(status().isForbidden());
        mvc.perform(get("/tdss/plans").with(as("student"))).andExpect(status().isForbidden());
        mvc.perform(get("/tdss/review").with(as("student"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tdss/plans/" + plan).with(asEmail(supervisor))).andExpect(status().isOk());
    }

    @Test
    void badGoalsAndEvidenceAreRefusedWithTheFieldToBlame() throws Exception {
        String plan = createPlan(educator);
        mvc.perform(post("/api/v1/tdss/plans").with(asEmail(educator)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"framework\":\"DIGCOMPEDU\",\"periodStart\":\"2028-01-01\",\"periodEnd\":\"2027-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("periodEnd"));
        goal(plan, "{\"targetLevel\":\"B2\",\"dueOn\":\"2027-06-30\"}", "competence");
        goal(plan, "{\"competence\":\"9.9\",\"targetLevel\":\"B2\",\"dueOn\":\"2027-06-30\"}", "competence");
        goal(plan, "{\"competence\":\"1.1\",\"targetLevel\":\"Z1\",\"dueOn\":\"2027-06-30\"}", "targetLevel");
        goal(plan, "{\"competence\":\"1.1\",\"targetLevel\":\"B2\",\"dueOn\":\"2026-12-31\"}", "dueOn");
        goal(plan, "{\"competence\":\"1.1\",\"targetLevel\":\"B2\",\"dueOn\":\"2028-01-01\"}", "dueOn");
        mvc.perform(post("/api/v1/tdss/plans/" + plan + "/submit").with(asEmail(educator)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("goals"));
        mvc.perform(post("/api/v1/tdss/plans/" + plan + "/goals").with(asEmail(educator)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"competence\":\"1.1\",\"targetLevel\":\"B2\",\"dueOn\":\"2027-01-01\"}")).andExpect(status().isCreated());
        String goal = JsonPath.read(mvc.perform(get("/api/v1/tdss/plans/" + plan).with(asEmail(educator)))
                .andReturn().getResponse().getContentAsString(), "$.goals[0].id");
        byte[] oversized = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, oversized, 0, PDF.length);
        mvc.perform(multipart("/api/v1/tdss/plans/" + plan + "/goals/" + goal + "/evidence")
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", oversized)).with(asEmail(educator)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        // a script named like a PDF is told from its bytes
        mvc.perform(multipart("/api/v1/tdss/plans/" + plan + "/goals/" + goal + "/evidence")
                        .file(new MockMultipartFile("file", "cv.pdf", "application/pdf", "<script>alert(1)</script>".getBytes()))
                        .with(asEmail(educator)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").exists())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void programsCoveringMoreOfTheGapsAreRecommendedFirstAndCanBePlanned() throws Exception {
        // everything at C2 but 1.1 and 3.1: those two are the only gaps
        Map<String, String> ratings = new HashMap<>();
        for (CompetenceRating c : assessments.mine(people.user(educator), "DIGCOMPEDU").competences()) {
            ratings.put(c.code(), "C2");
        }
        ratings.put("1.1", "A2");
        ratings.put("3.1", "B1");
        assessments.rate(people.user(educator), "DIGCOMPEDU", ratings);
        String both = program(supervisor, "both", "\"1.1\",\"3.1\"");
        String one = program(supervisor, "one", "\"3.1\"");
        String none = program(supervisor, "none", "\"1.2\"");
        String kaznu = program(people.twinEmail("coordinator", "KazNU Programmer"), "kaznu", "\"1.1\",\"3.1\"");
        String plan = createPlan(educator);
        List<Recommendation> recommended = plans.recommendations(people.user(educator), UUID.fromString(plan));
        List<String> ids = recommended.stream().map(r -> r.program().id().toString()).toList();
        assertThat(ids).contains(both, one).doesNotContain(none, kaznu);
        assertThat(ids.indexOf(both)).isLessThan(ids.indexOf(one));
        assertThat(recommended.get(ids.indexOf(both)).coveredGaps()).containsExactly("1.1", "3.1");
        mvc.perform(get("/api/v1/tdss/plans/" + plan + "/recommendations").with(asEmail(educator)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.program.id == '" + both + "')].coveredGaps[0]").value("1.1"));
        mvc.perform(post("/api/v1/tdss/plans/" + plan + "/goals").with(asEmail(educator)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"competence\":\"3.1\",\"targetLevel\":\"B2\",\"dueOn\":\"2027-05-01\",\"programId\":\"" + both + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.goals[0].programId").value(both));
        goal(plan, "{\"competence\":\"3.1\",\"targetLevel\":\"B2\",\"dueOn\":\"2027-05-01\",\"programId\":\"" + kaznu + "\"}",
                "programId");
        mvc.perform(get("/tdss/plans/" + plan).with(asEmail(educator))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-recommended=\"" + both + "\"")));
    }

    @Test
    void pagesShowTheEducatorsPlansAndTheCoordinatorsReviewList() throws Exception {
        String plan = createPlan(educator);
        mvc.perform(get("/tdss/plans").with(asEmail(educator))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/tdss/plans/" + plan)));
        mvc.perform(post("/tdss/plans/" + plan + "/goals").with(asEmail(educator))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("competence", "1.1").param("targetLevel", "B2").param("dueOn", "2027-04-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/tdss/plans/" + plan + "/submit").with(asEmail(educator))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/tdss/review").with(asEmail(supervisor))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/tdss/plans/" + plan)));
        mvc.perform(get("/tdss/plans/" + plan).with(asEmail(supervisor))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-review-form")));
        mvc.perform(post("/tdss/plans/" + plan + "/approve").with(asEmail(supervisor))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.get(people.user(educator), UUID.fromString(plan)).status()).isEqualTo("APPROVED");
    }

    @Test
    void theDemoEducatorHasASubmittedPlanWithTwoGoals() {
        assertThat(jdbc.sql("""
                SELECT count(*) FROM tdss.plan_goal g JOIN tdss.development_plan p ON p.id = g.plan_id
                JOIN identity.person e ON e.id = p.person_id WHERE e.email = ? AND p.status = 'SUBMITTED'""")
                .param(DemoLogins.email("educator")).query(Long.class).single()).isEqualTo(2);
    }

    private String createPlan(String email) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/tdss/plans").with(asEmail(email)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"framework\":\"DIGCOMPEDU\",\"periodStart\":\"2027-01-01\",\"periodEnd\":\"2027-12-31\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    private void goal(String plan, String body, String field) throws Exception {
        mvc.perform(post("/api/v1/tdss/plans/" + plan + "/goals").with(asEmail(educator)).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").exists())
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    static String program(MockMvc mvc, String email, String name, String competences) throws Exception {
        String code = "T-" + name.toUpperCase() + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        return JsonPath.read(mvc.perform(post("/api/v1/tdss/programs").with(asEmail(email)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"kind\":\"EXTERNAL\",\"level\":\"INTERNATIONAL\",\"titleKk\":\"" + name
                                + "\",\"titleRu\":\"" + name + "\",\"titleEn\":\"" + name + "\",\"provider\":\"Erasmus+\",\"hours\":36,"
                                + "\"framework\":\"DIGCOMPEDU\",\"competences\":[" + competences + "]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private String program(String email, String name, String competences) throws Exception {
        return program(mvc, email, name, competences);
    }
}
