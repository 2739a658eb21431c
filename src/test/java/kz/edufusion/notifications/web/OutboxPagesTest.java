package kz.edufusion.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.notifications.Notifications;
import kz.edufusion.notifications.NotificationsOutbox;
import kz.edufusion.notifications.OutboxEntry;
import kz.edufusion.notifications.OutgoingEmail;
import kz.edufusion.notifications.OutboxStatus;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The outbox pages in the running application, as a platform administrator. MockMvc is built from the
 * shared context (rather than with {@code @AutoConfigureMockMvc}) so this class reuses the suite's one
 * cached application.
 */
@IntegrationTest
class OutboxPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationsOutbox outbox;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .defaultRequest(get("/").with(user(new NotificationsTestAdmin())))
                .build();
    }

    @Test
    void listsAndSearchesMessages() throws Exception {
        String recipient = unique("list") + "@example.kz";
        notifications.email(new OutgoingEmail(recipient, "Welcome to EduFusion", "body"));

        mvc.perform(get("/admin/outbox").param("recipient", recipient).param("status", "QUEUED").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<caption>Outbox messages, newest first. Total: 1</caption>")))
                .andExpect(content().string(containsString(recipient)))
                .andExpect(content().string(containsString("Welcome to EduFusion")))
                .andExpect(content().string(containsString("<th scope=\"col\">Recipient</th>")))
                .andExpect(content().string(containsString("<label for=\"outbox-recipient\"")))
                .andExpect(content().string(containsString("No SMTP server is configured")))
                .andExpect(content().string(not(containsString("style="))));
    }

    @Test
    void pagesKeepTheSearch() throws Exception {
        String tag = unique("pages");
        for (int i = 0; i < 3; i++) {
            notifications.email(new OutgoingEmail(tag + i + "@example.kz", "subject " + i, "body"));
        }

        mvc.perform(get("/admin/outbox").param("recipient", tag).param("size", "2").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 1 of 2")))
                .andExpect(content().string(containsString(
                        "/admin/outbox?recipient=" + tag + "&amp;status=&amp;page=1&amp;size=2")));
    }

    @Test
    void unknownStatusFilterShowsEverything() throws Exception {
        mvc.perform(get("/admin/outbox").param("status", "nonsense")).andExpect(status().isOk());
    }

    @Test
    void showsTheWholeBodyOfOneMessage() throws Exception {
        String recipient = unique("show") + "@example.kz";
        notifications.email(new OutgoingEmail(recipient, "Құпия сөзді қалпына келтіру",
                "Сәлеметсіз бе!\nhttps://edufusion.example/reset?token=a<b>&c"));
        UUID id = idOf(recipient);

        mvc.perform(get("/admin/outbox/{id}", id).param("lang", "kk"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Құпия сөзді қалпына келтіру")))
                .andExpect(content().string(containsString(
                        "Сәлеметсіз бе!\nhttps://edufusion.example/reset?token=a&lt;b&gt;&amp;c</pre>")))
                .andExpect(content().string(containsString("Хат мәтіні")));
    }

    @Test
    void unknownMessageIsNotFound() throws Exception {
        mvc.perform(get("/admin/outbox/{id}", UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/outbox/{id}/retry", UUID.randomUUID()).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void holdsAndRequeuesAMessage() throws Exception {
        String recipient = unique("retry") + "@example.kz";
        notifications.email(new OutgoingEmail(recipient, "subject", "body"));
        UUID id = idOf(recipient);

        mvc.perform(post("/admin/outbox/{id}/hold", id).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/outbox/" + id))
                .andExpect(flash().attribute("flash", "notifications.flash.held"));
        mvc.perform(get("/admin/outbox/{id}", id).param("lang", "en"))
                .andExpect(content().string(containsString("/admin/outbox/" + id + "/retry")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));

        mvc.perform(post("/admin/outbox/{id}/retry", id).with(csrf()))
                .andExpect(redirectedUrl("/admin/outbox/" + id))
                .andExpect(flash().attribute("flash", "notifications.flash.requeued"));
        mvc.perform(post("/admin/outbox/{id}/retry", id).with(csrf()))
                .andExpect(redirectedUrl("/admin/outbox/" + id))
                .andExpect(flash().attribute("outboxProblem", "notifications.problem.notRequeueable"));
        assertThat(outbox.find(id)).get().extracting(OutboxEntry::status).isEqualTo(OutboxStatus.QUEUED);
    }

    @Test
    void anonymousVisitorsGetNoOutbox() throws Exception {
        // 302 to the login page or 401, depending on the security rules in force; never the page itself
        mvc.perform(get("/admin/outbox").with(anonymous()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        String recipient = unique("csrf") + "@example.kz";
        notifications.email(new OutgoingEmail(recipient, "subject", "body"));

        mvc.perform(post("/admin/outbox/{id}/hold", idOf(recipient))).andExpect(status().isForbidden());
    }

    private UUID idOf(String recipient) {
        return outbox.search(recipient, null, PageQuery.of(0, 1)).items().get(0).id();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }
}
