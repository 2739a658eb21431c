package kz.edufusion.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Static files come from /css, /js and /webjars (version-less webjar links included), and nothing else is mapped to
 * the classpath: a catch-all mapping made the resource URL filter look every link of every page up in the jar.
 */
@IntegrationTest
@AutoConfigureMockMvc
class StaticResourcesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ResourceUrlProvider resourceUrls;

    @Test
    void servesTheStaticFilesAndWebjarsWithoutVersions() throws Exception {
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        mvc.perform(get("/js/tdss-radar.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
    }

    @Test
    void onlyTheStaticPrefixesAreResourceMappings() {
        assertThat(resourceUrls.getHandlerMap().keySet()).contains("/css/**", "/js/**", "/webjars/**")
                .allMatch(pattern -> pattern.startsWith("/css/") || pattern.startsWith("/js/")
                        || pattern.startsWith("/webjars/") || pattern.startsWith("/swagger-ui/"), "a static prefix");
        assertThat(resourceUrls.getForLookupPath("/academy/courses/1")).isNull();
    }
}
