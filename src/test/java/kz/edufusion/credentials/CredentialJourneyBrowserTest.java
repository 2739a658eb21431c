package kz.edufusion.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.support.BrowserJourney;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A credential's life as people see it, in English and in Russian: anyone opens its public verification page (the
 * QR code's target) and sees it valid; the administrator revokes it with a reason; the reloaded page says revoked;
 * the JWT pasted into the public verifier is rejected as revoked. The holder sees it in their wallet meanwhile.
 */
@IntegrationTest
class CredentialJourneyBrowserTest extends BrowserJourney {

    @Autowired Credentials credentials;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;

    @ParameterizedTest
    @CsvSource({
        "en, en-GB, Valid credential: every check passed., Revoked by the issuer., Revoked",
        "ru, ru-RU, Сертификат действителен: все проверки пройдены., Отозван издателем., Отозван"
    })
    void verifyRevokeReverify(String lang, String locale, String validText, String revokedText, String revokedBadge) {
        TestPeople people = new TestPeople(jdbc, users);
        String holderEmail = people.twinEmail("student", "Aruzhan Bekova " + lang);
        CurrentUser holder = people.user(holderEmail);
        IssuedCredential issued = credentials.issue(CredentialFixtures.request(holder));
        String page = base() + "/verify/credentials/" + issued.id() + "?lang=" + lang;

        try (BrowserContext visitorContext = browser.newContext(new Browser.NewContextOptions().setLocale(locale));
                BrowserContext adminContext = browser.newContext(new Browser.NewContextOptions().setLocale(locale));
                BrowserContext holderContext = browser.newContext(new Browser.NewContextOptions().setLocale(locale))) {
            Page visitor = visitorContext.newPage();
            List<String> csp = cspViolations(visitor);
            visitor.navigate(page);
            assertThat(visitor.textContent("[data-verdict]").strip()).isEqualTo(validText);
            assertThat(visitor.textContent("[data-holder]")).isEqualTo("Aruzhan Bekova " + lang);
            assertThat(visitor.locator("[data-check][data-outcome=PASSED]").count()).isEqualTo(6);
            visitor.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("credential-valid-" + lang + ".png")).setFullPage(true));

            Page mine = holderContext.newPage();
            csp.addAll(cspViolations(mine));
            logIn(mine, holderEmail, kz.edufusion.support.DemoLogins.PASSWORD);
            mine.navigate(base() + "/credentials/wallet?lang=" + lang);
            assertThat(mine.inputValue("[data-credential='" + issued.id() + "'] [data-share]")).isEqualTo(issued.verificationUrl());

            Page admin = adminContext.newPage();
            csp.addAll(cspViolations(admin));
            logIn(admin, "admin");
            admin.navigate(base() + "/admin/credentials?lang=" + lang + "&q=" + issued.id());
            admin.fill("[data-credential='" + issued.id() + "'] input[name=reason]", "Issued by mistake");
            admin.click("[data-credential='" + issued.id() + "'] [data-revoke-form] button");
            admin.waitForLoadState();
            assertThat(admin.textContent("main [role=status]")).isNotBlank();

            visitor.reload();
            assertThat(visitor.textContent("[data-verdict]")).contains(revokedText);
            assertThat(visitor.getAttribute("[data-check=STATUS]", "data-reason")).isEqualTo("REVOKED");
            assertThat(visitor.textContent("[data-status]")).contains(revokedBadge);
            assertThat(visitor.textContent("[data-revoked-reason]")).contains("Issued by mistake");
            visitor.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("credential-revoked-" + lang + ".png")).setFullPage(true));

            visitor.navigate(base() + "/verify/credential?lang=" + lang);
            visitor.fill("#jwt", issued.jwt());
            visitor.click("[data-verifier-form] button[type=submit]");
            visitor.waitForLoadState();
            assertThat(visitor.textContent("[data-verdict]")).contains(revokedText);
            assertThat(visitor.getAttribute("[data-check=SIGNATURE]", "data-outcome")).isEqualTo("PASSED");
            assertThat(visitor.getAttribute("[data-check=STATUS]", "data-reason")).isEqualTo("REVOKED");
            visitor.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("credential-verifier-" + lang + ".png")).setFullPage(true));
            assertThat(csp).isEmpty();
        }
    }
}
