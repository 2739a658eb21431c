package kz.edufusion.identity.domain;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.identity.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates organizations and people with known passwords for tests in other packages. The database is shared by
 * all tests, so every name, e-mail and BIN carries a random suffix. A plain class rather than a bean, so that it
 * does not change the application context that the test classes share.
 */
public final class TestIdentities {

    public static final String PASSWORD = "test-password-0123";

    private final PersonRepository people;
    private final OrganizationService organizations;
    private final PasswordEncoder passwords;

    public TestIdentities(ApplicationContext context) {
        this.people = context.getBean(PersonRepository.class);
        this.organizations = context.getBean(OrganizationService.class);
        this.passwords = context.getBean(PasswordEncoder.class);
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public OrganizationView organization(OrganizationType type, OrganizationStatus status) {
        String suffix = unique();
        String bin = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        return organizations.create(new OrganizationService.NewOrganization(type,
                LocalizedText.of("Сынақ " + suffix, "Тест " + suffix, "Test " + suffix), null, bin, null, null, null), status);
    }

    /** A person holding the role in the organization, who signs in with their e-mail and {@link #PASSWORD}. */
    public Person person(UUID organizationId, Role role) {
        Person person = new Person("api-test-" + unique() + "@example.kz", "Test Person " + unique(),
                passwords.encode(PASSWORD), "en");
        person.grant(organizationId, role);
        return people.save(person);
    }

    /** The e-mail of a new person holding the role in the organization. */
    public String email(UUID organizationId, Role role) {
        return person(organizationId, role).email();
    }

    public UUID personId(String email) {
        return people.findByEmail(email).map(Person::id).orElseThrow();
    }

    /** A platform administrator, member of an organization of its own. */
    public String admin() {
        return email(organization(OrganizationType.OTHER, OrganizationStatus.ACTIVE).id(), Role.PLATFORM_ADMIN);
    }
}
