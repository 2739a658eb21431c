package kz.edufusion.placements;

import static kz.edufusion.support.LoggedIn.as;
import static kz.edufusion.support.LoggedIn.asEmail;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.rounds.Rounds;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The rounds API: the coordinator's steps and the student's ranking, every refusal as RFC 7807 problem details. */
@IntegrationTest
@AutoConfigureMockMvc
class RoundsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Offers offers;
    @Autowired
    Rounds rounds;

    RoundFixtures fixtures;
    String coordinator;
    OfferView offer;
    OfferView other;

    @BeforeEach
    void setUp() {
        fixtures = new RoundFixtures(users, jdbc, offers, rounds);
        coordinator = fixtures.people.twinEmail("coordinator", "Координатор API");
        offer = fixtures.offer("API первое", 1);
        other = fixtures.offer("API второе", 1);
    }

    @Test
    void theCoordinatorRunsARoundAndTheStudentSeesOnlyTheirOwn() throws Exception {
        String round = create("{\"name\":\"Раунд API\",\"deadline\":\"" + Instant.now().plus(3, ChronoUnit.DAYS)
                + "\",\"offers\":[{\"offerId\":\"" + offer.id() + "\",\"reserves\":{\"REMOTE_REGION\":1}},{\"offerId\":\"" + other.id() + "\"}]}");
        mvc.perform(post("/api/v1/placements/rounds/{id}/open", round).with(asEmail(coordinator)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.offers", hasSize(2))).andExpect(jsonPath("$.offers[0].reserves.REMOTE_REGION").value(1));

        String student = fixtures.studentEmail("student", "Студент API");
        String neighbour = fixtures.studentEmail("student", "Сосед API");
        mvc.perform(put("/api/v1/placements/rounds/{id}/preferences", round).with(asEmail(student))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"offerIds\":[\"" + other.id() + "\",\"" + offer.id() + "\"]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ranking[0].offer.id").value(other.id().toString()))
                .andExpect(jsonPath("$.ranking[0].position").value(1));
        mvc.perform(get("/api/v1/placements/rounds/{id}/preferences", round).with(asEmail(neighbour)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ranking", hasSize(0))).andExpect(jsonPath("$.others", hasSize(2)));
        mvc.perform(get("/api/v1/placements/rounds/{id}/preferences", round).with(as("student2"))).andExpect(status().isNotFound());
        String studentId = fixtures.people.user(student).personId().toString();
        mvc.perform(get("/api/v1/placements/rounds/{id}/offers/{offer}/applicants", round, other.id()).with(as("company")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.applicants", hasSize(1)))
                .andExpect(jsonPath("$.applicants[0].studentId").value(studentId)).andExpect(jsonPath("$.applicants[0].choice").value(1));
        mvc.perform(get("/api/v1/placements/rounds/{id}/offers/{offer}/applicants", round, other.id()).with(as("company2")))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/placements/rounds/{id}/offers/{offer}/scores", round, other.id()).with(as("company"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"scores\":{\"" + studentId + "\":101}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scores[" + studentId + "]"));
        mvc.perform(get("/api/v1/placements/rounds/{id}", round).with(asEmail(student))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/placements/rounds/{id}/result", round).with(asEmail(student))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/placements/rounds/{id}/preferences", round).with(as("coordinator"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"offerIds\":[]}")).andExpect(status().isForbidden());

        for (String step : new String[] {"close", "run", "publish"}) {
            mvc.perform(post("/api/v1/placements/rounds/{id}/" + step, round).with(as("coordinator2")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/api/v1/placements/rounds/{id}", round).with(as("coordinator2"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/placements/rounds/{id}/publish", round).with(asEmail(coordinator)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/conflict"));
        mvc.perform(post("/api/v1/placements/rounds/{id}/close", round).with(asEmail(coordinator))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/placements/rounds/{id}/run", round).with(asEmail(coordinator)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.summary.assigned").value(1))
                .andExpect(jsonPath("$.summary.byChoice[0]").value(1));
        mvc.perform(get("/api/v1/placements/rounds/{id}/result/instance", round).with(asEmail(coordinator)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.format").value("edufusion-allocation-instance/1"))
                .andExpect(jsonPath("$.students[0].id").value(fixtures.people.user(student).personId().toString()));
        mvc.perform(post("/api/v1/placements/rounds/{id}/publish", round).with(asEmail(coordinator)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(post("/api/v1/placements/rounds/{id}/publish", round).with(asEmail(coordinator)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").exists());
        mvc.perform(get("/api/v1/placements/rounds/{id}/preferences", round).with(asEmail(student)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.result.offerId").value(other.id().toString()))
                .andExpect(jsonPath("$.result.choice").value(1)).andExpect(jsonPath("$.placementId").isNotEmpty());
        mvc.perform(get("/api/v1/placements/placements/mine").with(asEmail(student)))
                .andExpect(jsonPath("$[*].way", hasItem("ROUND")));
    }

    @Test
    void badRankingsAndBadRoundsAreValidationProblems() throws Exception {
        OfferView senior = fixtures.offer("API пятый курс", 1, java.util.List.of(), 5);
        String round = create("{\"name\":\"Раунд проверки\",\"deadline\":\"" + Instant.now().plus(3, ChronoUnit.DAYS)
                + "\",\"offers\":[{\"offerId\":\"" + offer.id() + "\"},{\"offerId\":\"" + senior.id() + "\"}]}");
        mvc.perform(post("/api/v1/placements/rounds/{id}/open", round).with(asEmail(coordinator))).andExpect(status().isOk());
        String student = fixtures.studentEmail("student", "Студент Проверки");
        mvc.perform(put("/api/v1/placements/rounds/{id}/preferences", round).with(asEmail(student))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"offerIds\":[\"" + senior.id() + "\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/validation"))
                .andExpect(jsonPath("$.errors[0].field").value("offerIds[0]"));
        String eleven = IntStream.range(0, 11).mapToObj(i -> "\"" + offer.id() + "\"").collect(Collectors.joining(","));
        mvc.perform(put("/api/v1/placements/rounds/{id}/preferences", round).with(asEmail(student))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"offerIds\":[" + eleven + "]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("offerIds"));

        mvc.perform(post("/api/v1/placements/rounds").with(asEmail(coordinator)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" \",\"deadline\":\"2020-01-01T00:00:00Z\",\"offers\":[{\"offerId\":\"" + offer.id()
                                + "\",\"capacity\":5,\"reserves\":{\"WOMEN_IN_STEM\":-1}}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("name", "deadline",
                        "offers[0].capacity", "offers[0].reserves")));
        mvc.perform(post("/api/v1/placements/rounds").with(asEmail(coordinator)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"deadline\":\"" + Instant.now().plus(1, ChronoUnit.DAYS)
                                + "\",\"offers\":[{\"offerId\":\"" + offer.id() + "\",\"reserves\":{\"NOBODY\":1}}]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/validation"));
        mvc.perform(post("/api/v1/placements/rounds").with(as("student")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"deadline\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}"))
                .andExpect(status().isForbidden());
    }

    private String create(String body) throws Exception {
        String created = mvc.perform(post("/api/v1/placements/rounds").with(asEmail(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(created, "$.id");
    }
}
