package kz.edufusion.identity.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.InvitationView;
import kz.edufusion.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff join by invitation: an administrator, a university coordinator or a company representative
 * invites an address into their organization in a role they may hand out; the link works once, for 14 days.
 */
@Service
public class InvitationService {

    static final Duration VALIDITY = Duration.ofDays(14);

    private final JdbcClient jdbc;
    private final OrganizationRepository organizations;
    private final PersonRepository people;
    private final PasswordEncoder passwords;
    private final IdentityMails mails;
    private final MessageSource messages;
    private final AuditLog audit;

    InvitationService(JdbcClient jdbc, OrganizationRepository organizations, PersonRepository people, PasswordEncoder passwords,
            IdentityMails mails, MessageSource messages, AuditLog audit) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.people = people;
        this.passwords = passwords;
        this.mails = mails;
        this.messages = messages;
        this.audit = audit;
    }

    public record NewInvitation(UUID organizationId, Role role, String email, String language) {
    }

    /** Creates the invitation and mails the link; returns the secret token so a page can show the link too. */
    @Transactional
    public String invite(CurrentUser inviter, NewInvitation command) {
        Organization organization = organizations.findById(command.organizationId())
                .orElseThrow(() -> DomainProblem.notFound("organization.problem.notFound"));
        if (!mayInvite(inviter, organization.id(), command.role())) {
            throw new AccessDeniedException("not allowed to invite " + command.role());
        }
        if (!command.role().fits(organization.type())) {
            throw DomainProblem.invalid("membership.problem.roleDoesNotFit");
        }
        String token = Tokens.newSecret("");
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.sql("""
                insert into identity.invitation (id, organization_id, role, email, token_hash, invited_by, created_at, expires_at)
                values (:id, :org, :role, :email, :hash, :by, :now, :expires)
                """)
                .param("id", id).param("org", organization.id()).param("role", command.role().name())
                .param("email", Person.normalizeEmail(command.email())).param("hash", Tokens.hash(token))
                .param("by", inviter.personId()).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(VALIDITY))).update();
        var locale = kz.edufusion.common.Languages.orDefault(command.language());
        mails.invitation(Person.normalizeEmail(command.email()), locale.getLanguage(), organization.name().in(locale),
                messages.getMessage("role." + command.role().name(), null, locale), token);
        audit.record("invitation.created", "invitation", id, command.role() + " " + command.email());
        return token;
    }

    public static boolean mayInvite(CurrentUser inviter, UUID organizationId, Role role) {
        if (inviter.isAdmin()) {
            return Role.PLATFORM_ADMIN.mayInvite().contains(role);
        }
        return inviter.memberships().stream()
                .filter(m -> m.effective() && m.organizationId().equals(organizationId))
                .anyMatch(m -> m.role().mayInvite().contains(role));
    }

    @Transactional(readOnly = true)
    public Optional<InvitationView> findOpen(String token) {
        return jdbc.sql(SELECT + " where i.token_hash = :hash").param("hash", Tokens.hash(token))
                .query(this::map).optional().filter(InvitationView::open);
    }

    @Transactional(readOnly = true)
    public List<InvitationView> list(UUID organizationId, int limit) {
        return jdbc.sql(SELECT + " where (cast(:org as uuid) is null or i.organization_id = :org) order by i.created_at desc limit :limit")
                .param("org", organizationId).param("limit", limit).query(this::map).list();
    }

    /**
     * Accepts an invitation. A newcomer sets a name and password; someone who already has an account must be
     * signed in as that address, so nobody can attach roles to another person's account.
     */
    @Transactional
    public UUID accept(String token, CurrentUser signedIn, String fullName, String password) {
        InvitationView invitation = findOpen(token).orElseThrow(() -> DomainProblem.invalid("invitation.problem.invalid"));
        Optional<Person> existing = people.findByEmail(invitation.email());
        Person person;
        if (existing.isPresent()) {
            if (signedIn == null || !signedIn.personId().equals(existing.get().id())) {
                throw DomainProblem.conflict("invitation.problem.signInFirst");
            }
            person = existing.get();
        } else {
            if (fullName == null || fullName.isBlank() || password == null || password.length() < 10) {
                throw DomainProblem.invalid("invitation.problem.detailsMissing");
            }
            person = people.save(new Person(invitation.email(), fullName, passwords.encode(password), "kk"));
        }
        person.grant(invitation.organizationId(), invitation.role());
        // the JDBC update below references the person: a newcomer's JPA insert must reach the database first
        people.flush();
        jdbc.sql("update identity.invitation set accepted_at = :now, accepted_by = :person where id = :id")
                .param("now", Timestamp.from(Instant.now())).param("person", person.id()).param("id", invitation.id()).update();
        audit.record("invitation.accepted", "invitation", invitation.id(), person.email());
        return person.id();
    }

    @Transactional
    public void revoke(CurrentUser actor, UUID invitationId) {
        InvitationView invitation = jdbc.sql(SELECT + " where i.id = :id").param("id", invitationId).query(this::map)
                .optional().orElseThrow(() -> DomainProblem.notFound("invitation.problem.notFound"));
        if (!mayInvite(actor, invitation.organizationId(), invitation.role())) {
            throw new AccessDeniedException("not allowed to revoke this invitation");
        }
        jdbc.sql("update identity.invitation set revoked_at = :now where id = :id and accepted_at is null")
                .param("now", Timestamp.from(Instant.now())).param("id", invitationId).update();
        audit.record("invitation.revoked", "invitation", invitationId, null);
    }

    private static final String SELECT = """
            select i.*, o.name_kk, o.name_ru, o.name_en from identity.invitation i
            join identity.organization o on o.id = i.organization_id""";

    private InvitationView map(ResultSet rs, int row) throws SQLException {
        return new InvitationView(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                kz.edufusion.common.LocalizedText.of(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
                Role.valueOf(rs.getString("role")), rs.getString("email"), instant(rs, "created_at"),
                instant(rs, "expires_at"), instant(rs, "accepted_at"), instant(rs, "revoked_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
