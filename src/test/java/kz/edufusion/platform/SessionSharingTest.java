package kz.edufusion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.edufusion.EduFusionApplication;
import kz.edufusion.platform.database.EmbeddedPostgresServer;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.SharedTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scale-out: two application nodes on one PostgreSQL. A user who logs in on one node is signed in on the
 * other, because sessions live in the database (Spring Session JDBC), not in a node's memory.
 */
class SessionSharingTest {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Test
    void aSessionMadeOnOneNodeIsValidOnTheOther() throws Exception {
        try (ConfigurableApplicationContext nodeA = startNode(); ConfigurableApplicationContext nodeB = startNode()) {
            URI a = URI.create("http://localhost:" + port(nodeA));
            URI b = URI.create("http://localhost:" + port(nodeB));
            CookieManager cookies = new CookieManager();
            HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

            String loginPage = client.send(HttpRequest.newBuilder(a.resolve("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = CSRF.matcher(loginPage);
            assertThat(csrf.find()).as("login form carries a CSRF token").isTrue();
            String form = "email=" + enc(DemoLogins.email("coordinator")) + "&password=" + enc(DemoLogins.PASSWORD) + "&_csrf=" + enc(csrf.group(1));
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(a.resolve("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

            // the cookie was set by node A; send it to node B (same host, other port: cookies ignore ports)
            HttpCookie session = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                    .findFirst().orElseThrow();
            HttpResponse<String> onB = HttpClient.newHttpClient().send(HttpRequest.newBuilder(b.resolve("/"))
                    .header("Cookie", "SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(onB.statusCode()).isEqualTo(200);
            assertThat(onB.body()).contains("Yerlan Bekov").contains("data-section");

            HttpResponse<String> anonymousOnB = HttpClient.newHttpClient().send(HttpRequest.newBuilder(b.resolve("/account")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymousOnB.statusCode()).as("without the cookie node B asks for a login").isEqualTo(302);
        }
    }

    private static ConfigurableApplicationContext startNode() {
        EmbeddedPostgresServer db = SharedTestDatabase.server();
        return new SpringApplicationBuilder(EduFusionApplication.class).profiles("demo").run(
                "--server.port=0", "--edufusion.db.url=" + db.jdbcUrl(), "--edufusion.db.user=" + db.user(),
                "--edufusion.demo.allow-external-database=true", "--edufusion.jobs.enabled=false",
                "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
