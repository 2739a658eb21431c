package kz.edufusion.identity.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by a one-time link mailed to the account's address. Asking for a reset says the same
 * thing whether or not the address exists, so the form cannot be used to discover accounts.
 */
@Service
public class PasswordResetService {

    static final Duration VALIDITY = Duration.ofHours(2);

    private final PersonRepository people;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final IdentityMails mails;
    private final JdbcAuditLog audit;

    PasswordResetService(PersonRepository people, JdbcClient jdbc, PasswordEncoder passwords, IdentityMails mails, JdbcAuditLog audit) {
        this.people = people;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.mails = mails;
        this.audit = audit;
    }

    @Transactional
    public void requestReset(String email) {
        people.findByEmail(Person.normalizeEmail(email)).filter(Person::enabled).ifPresent(person -> {
            String token = Tokens.newSecret("");
            Instant now = Instant.now();
            jdbc.sql("""
                    insert into identity.password_reset (id, person_id, token_hash, created_at, expires_at)
                    values (:id, :person, :hash, :now, :expires)
                    """)
                    .param("id", UUID.randomUUID()).param("person", person.id()).param("hash", Tokens.hash(token))
                    .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(VALIDITY)))
                    .update();
            mails.passwordReset(person.email(), person.preferredLanguage(), person.fullName(), token);
            audit.recordAs(person.id(), person.email(), "password.resetRequested", "person", person.id(), null);
        });
    }

    @Transactional(readOnly = true)
    public boolean valid(String token) {
        return token != null && activePerson(token) != null;
    }

    @Transactional
    public void reset(String token, String newPassword) {
        UUID personId = token == null ? null : activePerson(token);
        if (personId == null) {
            throw DomainProblem.invalid("password.problem.tokenInvalid");
        }
        Person person = people.findById(personId).orElseThrow(() -> DomainProblem.invalid("password.problem.tokenInvalid"));
        person.changePassword(passwords.encode(newPassword));
        // every outstanding link of this person dies with the first one used
        jdbc.sql("update identity.password_reset set used_at = :now where person_id = :person and used_at is null")
                .param("now", Timestamp.from(Instant.now())).param("person", personId).update();
        audit.recordAs(personId, person.email(), "password.reset", "person", personId, null);
    }

    private UUID activePerson(String token) {
        return jdbc.sql("""
                select person_id from identity.password_reset
                where token_hash = :hash and used_at is null and expires_at > :now
                """)
                .param("hash", Tokens.hash(token)).param("now", Timestamp.from(Instant.now()))
                .query(UUID.class).optional().orElse(null);
    }
}
