package kz.edufusion.reference.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class ReferenceAdminPageTest {

    /** The layout greets the signed-in user by {@code principal.displayName}, which a plain mock user lacks. */
    public static final class Admin {

        public String getDisplayName() {
            return "Reference Admin";
        }

        @Override
        public String toString() {
            return "reference-admin";
        }
    }

    private final MockMvc mvc;

    @Autowired
    ReferenceAdminPageTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void overviewShowsEveryDatasetWithItsCountAndLastImport() throws Exception {
        mvc.perform(asAdmin("/admin/reference").param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Виды экономической деятельности (ОКЭД)")))
                .andExpect(content().string(containsString("ESCO v1.2.0")))
                .andExpect(content().string(containsString("3 039")))
                .andExpect(content().string(not(containsString("style="))))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void datasetPageSearchesAndShowsNamesInTheCurrentLanguage() throws Exception {
        mvc.perform(asAdmin("/admin/reference/regions").param("q", "жетісу").param("lang", "kk"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Жетісу облысы")))
                .andExpect(content().string(containsString("Талдықорған")))
                .andExpect(content().string(not(containsString("Абай облысы"))))
                .andExpect(content().string(containsString("for=\"reference-q\"")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(asAdmin("/admin/reference/occupations").param("q", "software").param("page", "1").param("size", "5")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("table-responsive")))
                .andExpect(content().string(containsString("Page 2 of")));
    }

    @Test
    void anUnknownDatasetIsNotFound() throws Exception {
        mvc.perform(asAdmin("/admin/reference/planets")).andExpect(status().isNotFound());
    }

    private static MockHttpServletRequestBuilder asAdmin(String url) {
        return get(url).with(authentication(new TestingAuthenticationToken(new Admin(), null, "ROLE_PLATFORM_ADMIN")));
    }
}
