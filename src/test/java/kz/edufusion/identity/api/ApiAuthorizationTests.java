package kz.edufusion.identity.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.UUID;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.Role;
import kz.edufusion.identity.domain.TestIdentities;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What a signed-in caller may do: admin area, inviting into organizations, seeing pending organizations. */
@IntegrationTest
@AutoConfigureMockMvc
class ApiAuthorizationTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;

    TestIdentities identities;

    @BeforeEach
    void setUp() {
        identities = new TestIdentities(context);
    }

    @Test
    void studentGets403ProblemOnTheAdminApi() {
        UUID university = identities.organization(OrganizationType.UNIVERSITY, OrganizationStatus.ACTIVE).id();
        String student = identities.email(university, Role.STUDENT);

        for (String path : new String[] {"/api/v1/admin/organizations", "/api/v1/admin/people", "/api/v1/admin/audit"}) {
            MvcTestResult result = mvc.get().uri(path).with(httpBasic(student, TestIdentities.PASSWORD))
                    .header("Accept-Language", "en").exchange();
            assertThat(result).hasStatus(403).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("You do not have access to this resource.");
        }
    }

    @Test
    void companyRepresentativeMayInviteIntoTheirOwnCompanyOnly() {
        UUID companyA = identities.organization(OrganizationType.COMPANY, OrganizationStatus.ACTIVE).id();
        UUID companyB = identities.organization(OrganizationType.COMPANY, OrganizationStatus.ACTIVE).id();
        String representative = identities.email(companyA, Role.COMPANY_REPRESENTATIVE);
        String body = "{\"email\": \"mentor-" + TestIdentities.unique() + "@example.kz\", \"role\": \"COMPANY_MENTOR\", \"language\": \"ru\"}";

        MvcTestResult refused = mvc.post().uri("/api/v1/organizations/" + companyB + "/invitations")
                .with(httpBasic(representative, TestIdentities.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body)
                .exchange();
        assertThat(refused).hasStatus(403).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        MvcTestResult invited = mvc.post().uri("/api/v1/organizations/" + companyA + "/invitations")
                .with(httpBasic(representative, TestIdentities.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body)
                .exchange();
        assertThat(invited).hasStatus(201);
        assertThat(invited).bodyJson().extractingPath("$.organizationId").isEqualTo(companyA.toString());
        assertThat(invited).bodyJson().extractingPath("$.role").isEqualTo("COMPANY_MENTOR");
    }

    @Test
    void representativeMayNotHandOutARoleAboveTheirOwn() {
        UUID company = identities.organization(OrganizationType.COMPANY, OrganizationStatus.ACTIVE).id();
        String mentor = identities.email(company, Role.COMPANY_MENTOR);

        assertThat(mvc.post().uri("/api/v1/organizations/" + company + "/invitations")
                .with(httpBasic(mentor, TestIdentities.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"x-" + TestIdentities.unique() + "@example.kz\", \"role\": \"COMPANY_MENTOR\"}"))
                .hasStatus(403);
    }

    @Test
    void pendingOrganizationIsInvisibleToNonAdminsButNotToAdmins() {
        var pending = identities.organization(OrganizationType.COMPANY, OrganizationStatus.PENDING);
        String representative = identities.email(pending.id(), Role.COMPANY_REPRESENTATIVE);
        String admin = identities.admin();

        MvcTestResult hidden = mvc.get().uri("/api/v1/organizations/" + pending.id())
                .with(httpBasic(representative, TestIdentities.PASSWORD)).exchange();
        assertThat(hidden).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/organizations?q=" + pending.bin()).with(httpBasic(representative, TestIdentities.PASSWORD)))
                .hasStatus(200).bodyJson().extractingPath("$.totalItems").isEqualTo(0);

        assertThat(mvc.get().uri("/api/v1/organizations/" + pending.id()).with(httpBasic(admin, TestIdentities.PASSWORD)))
                .hasStatus(200).bodyJson().extractingPath("$.status").isEqualTo("PENDING");
    }

    @Test
    void activeOrganizationIsInTheDirectory() {
        var active = identities.organization(OrganizationType.COLLEGE, OrganizationStatus.ACTIVE);
        String student = identities.email(active.id(), Role.STUDENT);

        MvcTestResult found = mvc.get().uri("/api/v1/organizations?type=COLLEGE&q=" + active.bin())
                .with(httpBasic(student, TestIdentities.PASSWORD)).exchange();
        assertThat(found).hasStatus(200).bodyJson().extractingPath("$.items[0].id").isEqualTo(active.id().toString());
        assertThat(mvc.get().uri("/api/v1/organizations/" + active.id()).with(httpBasic(student, TestIdentities.PASSWORD)))
                .hasStatus(200).bodyJson().extractingPath("$.name.en").isEqualTo(active.name().en());
    }
}
