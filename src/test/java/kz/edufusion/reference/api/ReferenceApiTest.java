package kz.edufusion.reference.api;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
@WithMockUser(roles = "PLATFORM_ADMIN")
class ReferenceApiTest {

    private static final String API = "/api/v1/reference";

    private final MockMvc mvc;

    @Autowired
    ReferenceApiTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void listsTheSmallClassifiersWithTheirNamesInThreeLanguages() throws Exception {
        mvc.perform(get(API + "/regions")).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(20)))
                .andExpect(jsonPath("$[?(@.code == 'KZ-33')].name.ru").value("Область Жетісу"))
                .andExpect(jsonPath("$[?(@.code == 'KZ-71')].kind").value("CITY"));
        mvc.perform(get(API + "/fields-of-education")).andExpect(jsonPath("$", hasSize(12)))
                .andExpect(jsonPath("$[5].code").value("06"));
        mvc.perform(get(API + "/nqf-levels")).andExpect(jsonPath("$", hasSize(8)))
                .andExpect(jsonPath("$[5].name.en", startsWith("Higher education")));
    }

    @Test
    void pagesThroughOccupationsAndFiltersByIscoGroup() throws Exception {
        mvc.perform(get(API + "/occupations").param("q", "developer").param("page", "1").param("size", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(3))
                .andExpect(jsonPath("$.items", hasSize(3)))
                .andExpect(jsonPath("$.totalItems", greaterThan(6)));
        mvc.perform(get(API + "/occupations").param("isco", "2512").param("size", "200"))
                .andExpect(jsonPath("$.items[*].iscoGroup", everyItem(is("2512"))))
                .andExpect(jsonPath("$.totalItems", greaterThan(0)));
    }

    @Test
    void clampsOversizedPagesAndFiltersEconomicActivitiesByLevel() throws Exception {
        mvc.perform(get(API + "/economic-activities").param("level", "1").param("size", "100000"))
                .andExpect(jsonPath("$.size").value(200))
                .andExpect(jsonPath("$.totalItems").value(21))
                .andExpect(jsonPath("$.items[0].code").value("A"));
        mvc.perform(get(API + "/isco-groups").param("q", "25").param("size", "100"))
                .andExpect(jsonPath("$.items[*].code", everyItem(startsWith("25"))))
                .andExpect(jsonPath("$.totalItems").value(12));
    }

    @Test
    void findsAnOccupationByItsIdOrCode() throws Exception {
        String id = "00030d09-2b3a-4efd-87cc-c4ea39d27c34";
        mvc.perform(get(API + "/occupations/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("2654.1.7"))
                .andExpect(jsonPath("$.label.en").value("technical director"))
                .andExpect(jsonPath("$.alternativeLabels", hasSize(6)));
        mvc.perform(get(API + "/occupations/2654.1.7")).andExpect(jsonPath("$.id").value(id));
    }

    @Test
    void answersAnUnknownOccupationWithProblemDetails() throws Exception {
        mvc.perform(get(API + "/occupations/no-such-occupation").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/not-found"))
                .andExpect(jsonPath("$.detail").value("The reference record was not found."));
    }
}
