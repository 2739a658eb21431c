package kz.edufusion.alignment.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import kz.edufusion.support.LoggedIn;
import kz.edufusion.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The national view on the shared database: supply and demand of the fixture's programs and vacancies appear in the
 * matrix (measured as the change the fixture makes, since other tests' programs may share the fields), the
 * portfolio carries the scores, exports download, bad filters name their fields, and only the four national
 * roles get in.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalViewTest {

    // a period no other test writes vacancies in
    static final YearMonth FROM = YearMonth.of(1985, 1);
    static final String PERIOD = "from=1985-01&to=1985-12";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    NationalFixture fixture;
    JsonNode before;
    UUID scored;

    @BeforeAll
    void data() throws Exception {
        before = matrix("field=06&region=KZ-75&" + PERIOD);
        fixture = new NationalFixture(jdbc);
        scored = fixture.program("6B06961", "KZ-75", "EXISTING", 60, 40, List.of("2512"), List.of("J"));
        UUID unmeasured = fixture.program("6B06962", "KZ-75", "NEW", 25, 0, List.of("2512"), List.of());
        fixture.score(scored, "6B06961", "KZ-75", 42.5);
        // no vacancies for its targets when it was scored: the stored 0 is no score and must not pull means down
        fixture.score(unmeasured, "6B06962", "KZ-75", 0.0, 0);
        fixture.vacancies(FROM, "KZ-75", "2512", "J", 130);
        fixture.vacancies(FROM.plusMonths(1), "KZ-71", "2512", "J", 9);
    }

    @AfterAll
    void remove() {
        fixture.remove();
    }

    @Test
    void theMatrixCountsTheFixturesSupplyAndDemand() throws Exception {
        JsonNode after = matrix("field=06&region=KZ-75&" + PERIOD);
        assertThat(after.at("/total/programs").asInt() - before.at("/total/programs").asInt()).isEqualTo(2);
        assertThat(after.at("/total/supply").asInt() - before.at("/total/supply").asInt()).isEqualTo(40 + 25);
        assertThat(after.at("/total/vacancies").asLong() - before.at("/total/vacancies").asLong()).isEqualTo(130);
        assertThat(after.at("/from").asText()).isEqualTo("1985-01");

        JsonNode astana = matrix("field=06&" + PERIOD).get("regionTotals");
        assertThat(astana).anySatisfy(c -> {
            assertThat(c.get("regionCode").asText()).isEqualTo("KZ-71");
            assertThat(c.get("vacancies").asLong()).isGreaterThanOrEqualTo(9);
        });
    }

    @Test
    void thePageShowsTheHeatMapWithLegendTableAndEvidenceLinks() throws Exception {
        String html = mvc.perform(get("/alignment?field=06&" + PERIOD + "&lang=kk").with(LoggedIn.as("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("table[data-table=heatmap] td[data-field=06][data-region=KZ-75]")).hasSize(1);
        assertThat(page.select("td[data-field=06][data-region=KZ-75] a[href^=/vacancies?region=KZ-75]")).hasSize(1);
        assertThat(page.select("td[data-field=06][data-region=KZ-75] a[href^=/programs?field=06&region=KZ-75]")).hasSize(1);
        assertThat(page.select("[data-legend=heat] li")).hasSize(HeatLevel.values().length);
        assertThat(page.select("table[data-table=heatmap] thead th").eachText()).contains("Алматы", "Астана");
        assertThat(page.select("table[data-table=heatmap] tbody th").eachText()).anyMatch(t -> t.startsWith("06 ") && t.length() > 4);
        assertThat(page.select("canvas[data-chart=supply-demand]").attr("data-labels")).contains("06");
        assertThat(page.select("tr[data-program=6B06961] a[href=/programs/" + scored + "/gap]").text()).isEqualTo("42.5");
        assertThat(page.select("[data-export=matrix-xlsx]").attr("href")).startsWith("/alignment/export/matrix.xlsx?");
    }

    @Test
    void exportsDownloadTheMatrixAndThePortfolio() throws Exception {
        mvc.perform(get("/alignment/export/matrix.csv?field=06&region=KZ-75&" + PERIOD).with(LoggedIn.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString("KZ-75")));
        mvc.perform(get("/alignment/export/programs.xlsx?field=06&region=KZ-75&" + PERIOD).with(LoggedIn.as("reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/alignment/export/secrets.csv").with(LoggedIn.as("analyst"))).andExpect(status().isNotFound());
    }

    @Test
    void thePortfolioGroupsByRegionAndSectorWithScores() throws Exception {
        mvc.perform(get("/api/v1/alignment/national/portfolio?field=06&region=KZ-75&size=200&" + PERIOD).with(LoggedIn.as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programs.items[?(@.code == '6B06961')].sector").value("J"))
                .andExpect(jsonPath("$.programs.items[?(@.code == '6B06961')].score").value(42.5))
                .andExpect(jsonPath("$.programs.items[?(@.code == '6B06962')].score").value(org.hamcrest.Matchers.contains((Object) null)))
                .andExpect(jsonPath("$.groups[?(@.regionCode == 'KZ-75' && @.sector == 'J')]").isNotEmpty());
    }

    @Test
    void badFiltersAreFieldErrorsOnThePageAndValidationProblemsInTheApi() throws Exception {
        String html = mvc.perform(get("/alignment?level=PHD&region=KZ-99&from=1985-13&type=OLD&field=77").with(LoggedIn.as("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select(".is-invalid").eachAttr("id"))
                .containsExactlyInAnyOrder("filter-level", "filter-field", "filter-region", "filter-type", "filter-from");
        assertThat(page.select("table[data-table=heatmap]")).isEmpty();

        mvc.perform(get("/api/v1/alignment/national/matrix?region=KZ-99&from=1985-06&to=1985-01").with(LoggedIn.as("analyst")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(containsString("validation")))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("region")));
        mvc.perform(get("/api/v1/alignment/national/matrix?from=1985-06&to=1985-01").with(LoggedIn.as("analyst")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/alignment/export/matrix.csv?region=nowhere").with(LoggedIn.as("analyst")))
                .andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"student", "educator", "tutor", "company", "mentor"})
    void othersAreRefused(String login) throws Exception {
        mvc.perform(get("/alignment").with(LoggedIn.as(login))).andExpect(status().isForbidden());
        mvc.perform(get("/alignment/export/matrix.csv").with(LoggedIn.as(login))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/alignment/national/matrix").with(LoggedIn.as(login))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/alignment/national/portfolio").with(LoggedIn.as(login))).andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() throws Exception {
        mvc.perform(get("/alignment")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/alignment/national/matrix")).andExpect(status().isUnauthorized());
    }

    private JsonNode matrix(String query) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/alignment/national/matrix?" + query).with(LoggedIn.as("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
