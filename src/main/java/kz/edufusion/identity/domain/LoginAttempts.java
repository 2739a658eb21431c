package kz.edufusion.identity.domain;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and locks it after {@link Person#MAX_FAILED_LOGINS} in a row, for
 * {@link Person#LOCK_DURATION}; audits every login and every failure with the address it came from.
 */
@Component
class LoginAttempts {

    private final PersonRepository people;
    private final JdbcAuditLog audit;

    LoginAttempts(PersonRepository people, JdbcAuditLog audit) {
        this.people = people;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    public void succeeded(InteractiveAuthenticationSuccessEvent event) {
        recordSuccess(event.getAuthentication().getName(), "login");
    }

    @EventListener
    @Transactional
    public void succeededWithoutSession(AuthenticationSuccessEvent event) {
        // API calls (Basic) authenticate on every request: reset the failure count, but don't audit each call
        people.findByEmail(Person.normalizeEmail(event.getAuthentication().getName()))
                .filter(p -> p.failedLogins() > 0)
                .ifPresent(Person::unlock);
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        String email = Person.normalizeEmail(String.valueOf(event.getAuthentication().getPrincipal()));
        var person = people.findByEmail(email);
        String reason = event.getException().getClass().getSimpleName();
        if (person.isPresent() && event instanceof AuthenticationFailureBadCredentialsEvent) {
            boolean locked = person.get().loginFailed();
            audit.recordAs(person.get().id(), email, locked ? "login.locked" : "login.failed", "person", person.get().id(), reason);
        } else {
            audit.recordAs(person.map(Person::id).orElse(null), email, "login.failed", "person",
                    person.map(Person::id).orElse(null), reason);
        }
    }

    private void recordSuccess(String email, String action) {
        people.findByEmail(Person.normalizeEmail(email)).ifPresent(p -> {
            p.loginSucceeded();
            audit.recordAs(p.id(), p.email(), action, "person", p.id(), null);
        });
    }
}
