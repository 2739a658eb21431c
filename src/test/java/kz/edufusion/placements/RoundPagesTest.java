package kz.edufusion.placements;

import static kz.edufusion.support.LoggedIn.as;
import static kz.edufusion.support.LoggedIn.asEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.rounds.RoundRankings;
import kz.edufusion.placements.rounds.RoundView;
import kz.edufusion.placements.rounds.Rounds;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The round pages answer only their people, and show refusals next to what was refused. */
@IntegrationTest
@AutoConfigureMockMvc
class RoundPagesTest {

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
    @Autowired
    RoundRankings rankings;

    RoundFixtures fixtures;
    String coordinator;

    @BeforeEach
    void setUp() {
        fixtures = new RoundFixtures(users, jdbc, offers, rounds);
        coordinator = fixtures.people.twinEmail("coordinator", "Координатор Страниц");
    }

    @Test
    void theCoordinatorsPagesAndTheirDenials() throws Exception {
        OfferView offer = fixtures.offer("Страница черновика", 2);
        RoundView draft = fixtures.draft(fixtures.people.user(coordinator), offer);
        mvc.perform(get("/placements/rounds/{id}", draft.id()).with(asEmail(coordinator)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-candidate")))
                .andExpect(content().string(containsString("data-open")));
        mvc.perform(get("/placements/rounds/{id}", draft.id()).with(as("coordinator2"))).andExpect(status().isNotFound());
        mvc.perform(get("/placements/rounds/{id}", draft.id()).with(as("student"))).andExpect(status().isNotFound());
        mvc.perform(post("/placements/rounds/{id}/offers/{offer}/seats", draft.id(), offer.id()).with(asEmail(coordinator)).with(csrf())
                        .param("capacity", "9"))
                .andExpect(redirectedUrl("/placements/rounds/" + draft.id()));
        mvc.perform(post("/placements/rounds/{id}/open", draft.id()).with(as("coordinator2")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/placements/rounds/new").with(as("student"))).andExpect(status().isForbidden());
        mvc.perform(post("/placements/rounds").with(asEmail(coordinator)).with(csrf()).param("name", "").param("deadline", "вчера"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void aStudentIsToldWhyARankingWasRefused() throws Exception {
        OfferView open = fixtures.offer("Открытое", 1);
        OfferView senior = fixtures.offer("Пятый курс", 1, List.of(), 5);
        RoundView round = fixtures.openRound(fixtures.people.user(coordinator), open, senior);
        String student = fixtures.studentEmail("student", "Студент Страниц");
        mvc.perform(get("/placements/rounds/{id}", round.id()).with(asEmail(student)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-rankable=\"" + open.id())))
                .andExpect(content().string(not(containsString("data-rankable=\"" + senior.id()))));
        mvc.perform(post("/placements/rounds/{id}/ranking/add", round.id()).with(asEmail(student)).with(csrf())
                        .param("offerId", senior.id().toString()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("data-rank-errors")));
        mvc.perform(post("/placements/rounds/{id}/ranking/add", round.id()).with(asEmail(student)).with(csrf())
                        .param("offerId", open.id().toString()))
                .andExpect(redirectedUrl("/placements/rounds/" + round.id() + "?saved"));
        mvc.perform(get("/placements/rounds").with(asEmail(student)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(round.name())));
    }

    @Test
    void theOffersCompanySeesAndScoresItsApplicantsOnly() throws Exception {
        OfferView offer = fixtures.offer("Оценки компании", 1);
        RoundView round = fixtures.openRound(fixtures.people.user(coordinator), offer);
        CurrentUser student = fixtures.student("student", "Претендент Страниц");
        rankings.save(student, round.id(), List.of(offer.id()));
        String page = "/placements/rounds/" + round.id() + "/offers/" + offer.id() + "/applicants";
        mvc.perform(get("/placements/rounds").with(as("company")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-applicants-link=\"" + offer.id())));
        mvc.perform(get(page).with(as("company")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Претендент Страниц")));
        for (String login : List.of("company2", "student", "coordinator")) {
            mvc.perform(get(page).with(as(login))).andExpect(status().isNotFound());
        }
        mvc.perform(post(page).with(as("company")).with(csrf()).param("score-" + student.personId(), "сто"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("data-score-errors")));
        mvc.perform(post(page).with(as("company")).with(csrf()).param("score-" + student.personId(), "75"))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(as("company"))).andExpect(content().string(containsString("value=\"75\"")));
    }
}
