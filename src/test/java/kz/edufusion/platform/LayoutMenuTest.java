package kz.edufusion.platform;

import static kz.edufusion.support.LoggedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import kz.edufusion.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The layout's menu is rendered once per set of roles and language (LayoutMenu, decision 0029): each role still sees
 * exactly its own entries in its own language, whoever filled the kept menu before, and the person's own name and
 * logout token are never part of it.
 */
@IntegrationTest
@AutoConfigureMockMvc
class LayoutMenuTest {

    @Autowired
    MockMvc mvc;

    @Test
    void eachRoleSeesItsOwnMenuInItsOwnLanguageWhoeverCameFirst() throws Exception {
        for (String language : List.of("en", "kk")) {
            Document admin = page(as("admin"), language);
            Document student = page(as("student"), language);
            Document adminAgain = page(as("admin"), language);
            Document educator = page(as("educator"), language);

            assertThat(links(admin)).contains("/admin/people", "/admin/audit").doesNotContain("/placements/my", "/academy/teach");
            assertThat(links(adminAgain)).isEqualTo(links(admin));
            assertThat(links(student)).contains("/placements/my", "/academy/my", "/credentials/wallet")
                    .doesNotContain("/admin/people", "/academy/teach", "/programs", "/tdss/self-assessment");
            assertThat(links(educator)).contains("/academy/teach", "/tdss/self-assessment", "/programs").doesNotContain("/admin/people");
        }
        assertThat(page(as("student"), "kk").select("#mainNav a[href=/academy/my]").text()).isEqualTo("Менің оқуым");
        assertThat(page(as("student"), "en").select("#mainNav a[href=/academy/my]").text()).isEqualTo("My learning");
    }

    @Test
    void theNameAndTheLogoutTokenAreEachPersonsOwn() throws Exception {
        Document admin = page(as("admin"), "en");
        Document student = page(as("student"), "en");
        assertThat(admin.select(".navbar-text").text()).isNotEqualTo(student.select(".navbar-text").text());
        assertThat(admin.select("#mainNav form input[name=_csrf]").val()).isNotEqualTo(student.select("#mainNav form input[name=_csrf]").val());
        assertThat(student.select("#mainNav ul.navbar-nav input, #mainNav ul.navbar-nav form")).isEmpty();
    }

    @Test
    void aVisitorGetsNoSignedInMenu() throws Exception {
        page(as("admin"), "en");
        Document visitor = Jsoup.parse(mvc.perform(get("/academy").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(links(visitor)).contains("/register/student", "/login").doesNotContain("/admin/people", "/academy/my", "/account");
    }

    private Document page(RequestPostProcessor who, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get("/academy").param("lang", language).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static List<String> links(Document page) {
        return page.select("#mainNav a[href^=/]").eachAttr("href");
    }
}
