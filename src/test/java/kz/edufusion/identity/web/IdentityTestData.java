package kz.edufusion.identity.web;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.identity.Role;
import kz.edufusion.identity.domain.OrganizationService;
import kz.edufusion.identity.domain.OrganizationService.NewOrganization;
import kz.edufusion.identity.domain.PeopleService;
import kz.edufusion.identity.domain.PersonUserDetailsService;
import kz.edufusion.identity.domain.RegistrationService;
import kz.edufusion.identity.domain.RegistrationService.CompanySignUp;
import kz.edufusion.identity.domain.RegistrationService.StudentSignUp;

/**
 * Creates what a page test needs through the real services. The test database is shared by every test
 * class, so every e-mail, short name and BIN carries a random suffix.
 */
public final class IdentityTestData {

    public static final String PASSWORD = "correct horse battery staple";

    private final OrganizationService organizations;
    private final RegistrationService registration;
    private final PeopleService people;
    private final PersonUserDetailsService users;

    public IdentityTestData(OrganizationService organizations, RegistrationService registration, PeopleService people,
            PersonUserDetailsService users) {
        this.organizations = organizations;
        this.registration = registration;
        this.people = people;
        this.users = users;
    }

    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static String email(String who) {
        return who + "-" + suffix() + "@test.edufusion.kz";
    }

    public static String bin() {
        return String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    public OrganizationView organization(OrganizationType type, OrganizationStatus status) {
        String suffix = suffix();
        return organizations.create(new NewOrganization(type, LocalizedText.of("Ұйым " + suffix, "Организация " + suffix,
                "Organization " + suffix), "T-" + suffix, null, "KZ-75", null, null), status);
    }

    public OrganizationView university() {
        return organization(OrganizationType.UNIVERSITY, OrganizationStatus.ACTIVE);
    }

    /** Registers a student at a new university and returns the e-mail. */
    public String student() {
        String email = email("student");
        registration.registerStudent(new StudentSignUp("Test Student", email, PASSWORD, university().id(), "en"));
        return email;
    }

    public UUID personId(String email) {
        return user(email).personId();
    }

    /** A platform administrator (a student of a test university who also holds PLATFORM_ADMIN at a ministry). */
    public CurrentUser admin() {
        String email = student();
        people.grant(personId(email), organization(OrganizationType.MINISTRY, OrganizationStatus.ACTIVE).id(), Role.PLATFORM_ADMIN);
        return user(email);
    }

    /** Registers a company (PENDING) with its representative; returns the representative's e-mail. */
    public String companyRepresentative() {
        String email = email("rep");
        registration.registerCompany(new CompanySignUp("Компания " + suffix(), null, null, bin(), "KZ-71", "J", null,
                "Test Representative", email, PASSWORD, "ru"));
        return email;
    }

    /** The principal as it is after a login now, with the password hash dropped as in the session. */
    public CurrentUser user(String email) {
        return ((CurrentUser) users.loadUserByUsername(email)).withoutPassword();
    }
}
