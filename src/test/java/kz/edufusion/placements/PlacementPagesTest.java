package kz.edufusion.placements;

import static kz.edufusion.support.LoggedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The placement pages render for the roles they serve, refuse the others, and show form errors in place. */
@IntegrationTest
@AutoConfigureMockMvc
class PlacementPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Offers offers;

    @ParameterizedTest(name = "{0} opens {1}")
    @CsvSource({"student,/placements/offers", "student,/placements/my", "student,/placements/profile",
            "student,/placements/proposals/new", "company,/placements/company", "company,/placements/company/offers/new",
            "coordinator,/placements/coordinator", "coordinator,/placements/company/offers/new", "educator,/placements/offers"})
    void pagesRenderForTheirRoles(String login, String url) throws Exception {
        mvc.perform(get(url).with(as(login))).andExpect(status().isOk());
    }

    @ParameterizedTest(name = "{0} is refused {1}")
    @CsvSource({"company,/placements/my", "coordinator,/placements/profile", "student,/placements/company",
            "student,/placements/coordinator", "company,/placements/coordinator", "mentor,/placements/company/offers/new",
            "analyst,/placements/coordinator"})
    void pagesRefuseOtherRoles(String login, String url) throws Exception {
        mvc.perform(get(url).with(as(login))).andExpect(status().isForbidden());
    }

    @Test
    void theSearchShowsPaidAndUnpaidPlainlyAndHidesThePendingCompany() throws Exception {
        mvc.perform(get("/placements/offers").with(as("student")).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Java developer internship")))
                .andExpect(content().string(containsString("Unpaid")))
                .andExpect(content().string(containsString("150 000 KZT a month")))
                .andExpect(content().string(containsString("Skill match 100%")))
                .andExpect(content().string(not(containsString("Agritech"))));
    }

    @Test
    void anotherCompanysOfferPageAndApplicantsAreNotFound() throws Exception {
        OfferView offer = new PlacementFixtures(users, offers).published("company", Selection.FIRST_COME, 1);
        mvc.perform(get("/placements/company/offers/{id}", offer.id()).with(as("company2"))).andExpect(status().isNotFound());
        mvc.perform(get("/placements/company/offers/{id}", offer.id()).with(as("company"))).andExpect(status().isOk());
        mvc.perform(get("/placements/coordinator/students/{id}", new PlacementFixtures(users, offers).user("student").personId())
                .with(as("coordinator2"))).andExpect(status().isNotFound());
    }

    @Test
    void theOfferFormShowsEveryFieldErrorAndSavesNothing() throws Exception {
        mvc.perform(post("/placements/company/offers/new").with(as("company")).with(csrf()).param("lang", "en")
                        .param("companyId", new PlacementFixtures(users, offers).company("company").toString())
                        .param("type", "INTERNSHIP").param("selection", "FIRST_COME").param("titleRu", "Стажировка")
                        .param("regionCode", "KZ-75").param("startsOn", "2027-07-01").param("endsOn", "2027-06-01")
                        .param("hoursPerWeek", "50").param("seats", "0").param("skills", "no such skill at all"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The end date is before the start date.")))
                .andExpect(content().string(containsString("Hours per week are 1 to 40.")))
                .andExpect(content().string(containsString("Unknown skill: no such skill at all")));
    }

    @Test
    void applyingWithATooLargeCvShowsTheErrorNextToTheFile() throws Exception {
        OfferView offer = new PlacementFixtures(users, offers).published("company", Selection.FIRST_COME, 1);
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(PlacementFixtures.PDF, 0, big, 0, PlacementFixtures.PDF.length);
        mvc.perform(multipart("/placements/offers/{id}/apply", offer.id())
                        .file(new MockMultipartFile("cv", "big.pdf", "application/pdf", big))
                        .param("motivation", "Хочу").with(as("student")).with(csrf()).param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Файл резюме слишком большой.")));
        mvc.perform(multipart("/placements/offers/{id}/apply", offer.id())
                        .file(new MockMultipartFile("cv", "cv.pdf", "application/pdf", PlacementFixtures.PDF))
                        .param("motivation", "Хочу").with(as("student")).with(csrf()))
                .andExpect(redirectedUrl("/placements/my"));
    }
}
