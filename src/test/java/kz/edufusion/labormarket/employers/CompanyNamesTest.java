package kz.edufusion.labormarket.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.IdentityCounts;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.identity.PersonView;
import kz.edufusion.identity.Role;
import org.junit.jupiter.api.Test;

class CompanyNamesTest {

    private final List<OrganizationView> organizations = new ArrayList<>();
    private int loads;
    private final IdentityDirectory directory = new IdentityDirectory() {
        @Override
        public Optional<OrganizationView> organization(UUID id) {
            return organizations.stream().filter(o -> o.id().equals(id)).findFirst();
        }

        @Override
        public List<OrganizationView> activeOrganizations(OrganizationType type) {
            loads++;
            return List.copyOf(organizations);
        }

        @Override
        public Optional<PersonView> person(UUID id) {
            return Optional.empty();
        }

        @Override
        public IdentityCounts counts() {
            throw new UnsupportedOperationException();
        }

        @Override
        public long members(UUID organizationId, Role role) {
            return 0;
        }

        @Override
        public List<PersonView> peopleWithRole(UUID organizationId, Role role) {
            return List.of();
        }
    };
    private final AtomicLong now = new AtomicLong(1_000);
    private final CompanyNames names = new CompanyNames(directory, now::get);

    private OrganizationView company(String shortName, String kk, String ru, String en) {
        OrganizationView o = new OrganizationView(UUID.randomUUID(), OrganizationType.COMPANY, OrganizationStatus.ACTIVE,
                LocalizedText.of(kk, ru, en), shortName, null, "KZ-71", "J", null, null, Instant.now());
        organizations.add(o);
        return o;
    }

    @Test
    void theSameKeyOfTheShortNameOrAnyLanguagesNameMatches() {
        OrganizationView epam = company("EPAM", "ЭПАМ Қазақстан", "ЭПАМ Казахстан", "EPAM Kazakhstan LLP");
        assertThat(names.match("epam kazakhstan")).contains(epam);
        assertThat(names.match("эпам казахстан")).contains(epam);
        assertThat(names.match("epam")).contains(epam);
        assertThat(names.match("unknown")).isEmpty();
        assertThat(names.match(null)).isEmpty();
    }

    @Test
    void anOrganizationKeyContainedInTheEmployerKeyMatchesTheMostSpecificWins() {
        OrganizationView kazdream = company("Kazdream", "Kazdream", "Kazdream", "Kazdream");
        OrganizationView halyk = company("Halyk", null, null, "Halyk");
        OrganizationView halykFinance = company("Halyk Finance", null, null, "Halyk Finance");
        company("IT", null, null, "IT");

        assertThat(names.match("it холдинг kazdream")).contains(kazdream);
        assertThat(names.match("halyk finance дочерняя организация народный банк")).contains(halykFinance);
        assertThat(names.match("halyk bank")).contains(halyk);
        // "it" is too short to link on containment alone
        assertThat(names.match("it generation")).isEmpty();
    }

    @Test
    void twoEquallyGoodCandidatesLinkNeither() {
        company("Alpha", null, null, "Alpha");
        company("Beta", null, null, "Beta");
        assertThat(names.match("alpha beta group")).isEmpty();
    }

    @Test
    void organizationsAreReloadedAfterSixtySeconds() {
        names.match("x");
        names.match("y");
        assertThat(loads).isEqualTo(1);
        OrganizationView late = company("Latecomer", null, null, "Latecomer");
        now.addAndGet(CompanyNames.TTL_NANOS - 1);
        assertThat(names.match("latecomer")).isEmpty();
        now.addAndGet(1);
        assertThat(names.match("latecomer")).contains(late);
        assertThat(loads).isEqualTo(2);
    }
}
