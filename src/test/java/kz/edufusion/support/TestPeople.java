package kz.edufusion.support;

import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * People made by one test: a "twin" of a demo login holds the same roles in the same organizations under a new
 * e-mail (and the demo password), so a test can place, sign and evaluate without colliding with other tests that
 * use the demo people (a student cannot hold two overlapping placements).
 */
public final class TestPeople {

    private final JdbcClient jdbc;
    private final UserDetailsService users;

    public TestPeople(JdbcClient jdbc, UserDetailsService users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** A new person with the memberships of the demo login; its e-mail is {@code <login>-<random>@test.edufusion.kz}. */
    public String twinEmail(String demoLogin, String fullName) {
        UUID id = UUID.randomUUID();
        String email = demoLogin + "-" + id.toString().substring(0, 8) + "@test.edufusion.kz";
        jdbc.sql("INSERT INTO identity.person (id, email, full_name, password_hash, preferred_language, created_at) "
                        + "SELECT ?, ?, ?, password_hash, preferred_language, now() FROM identity.person WHERE email = ?")
                .params(id, email, fullName, DemoLogins.email(demoLogin)).update();
        jdbc.sql("INSERT INTO identity.membership (person_id, organization_id, role, since) "
                        + "SELECT ?, m.organization_id, m.role, now() FROM identity.membership m "
                        + "JOIN identity.person p ON p.id = m.person_id WHERE p.email = ?")
                .params(id, DemoLogins.email(demoLogin)).update();
        return email;
    }

    public CurrentUser twin(String demoLogin, String fullName) {
        return user(twinEmail(demoLogin, fullName));
    }

    public CurrentUser user(String email) {
        return (CurrentUser) users.loadUserByUsername(email);
    }
}
