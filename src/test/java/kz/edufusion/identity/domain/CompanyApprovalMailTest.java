package kz.edufusion.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.notifications.NotificationsOutbox;
import kz.edufusion.notifications.OutboxEntry;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A company's representative hears from the platform at sign-up and again when the company is approved. */
@IntegrationTest
class CompanyApprovalMailTest {

    @Autowired
    RegistrationService registration;
    @Autowired
    OrganizationService organizations;
    @Autowired
    NotificationsOutbox outbox;

    @Test
    void representativeIsMailedAtSignUpAndAtApprovalInTheirLanguage() {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        String email = "owner" + suffix + "@kostanay-grain.kz";
        UUID company = registration.registerCompany(new RegistrationService.CompanySignUp(null, "Костанай Зерно " + suffix, null,
                "990" + suffix, "KZ-39", "A", null, "Серик Абдрахманов", email, "Grain-harvest-2026", "ru"));
        assertThat(organizations.find(company).status()).isEqualTo(OrganizationStatus.PENDING);

        organizations.approve(company);

        assertThat(organizations.find(company).status()).isEqualTo(OrganizationStatus.ACTIVE);
        assertThat(outbox.search(email, null, PageQuery.of(0, 10)).items()).extracting(OutboxEntry::subject)
                .anySatisfy(subject -> assertThat(subject).contains("на проверке"))
                .anySatisfy(subject -> assertThat(subject).contains("подтверждена"));
        assertThatThrownBy(() -> organizations.approve(company)).isInstanceOf(DomainProblem.class)
                .hasMessage("organization.problem.notPending");
    }

    @Test
    void anUnknownRegionIsRefused() {
        assertThatThrownBy(() -> registration.registerCompany(new RegistrationService.CompanySignUp(null, null, "Nowhere LLP",
                null, "KZ-99", "A", null, "No One", "none" + UUID.randomUUID() + "@example.kz", "Nowhere-2026-x", "en")))
                .isInstanceOf(DomainProblem.class).hasMessage("organization.problem.regionUnknown");
    }
}
