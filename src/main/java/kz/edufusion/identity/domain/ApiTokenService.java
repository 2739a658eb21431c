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
import kz.edufusion.identity.ApiTokenView;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: shown once, stored as a SHA-256 hash, revocable, optionally expiring. */
@Service
public class ApiTokenService {

    static final String PREFIX = "ef_";
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final PersonRepository people;
    private final IdentityViews views;
    private final AuditLog audit;

    ApiTokenService(JdbcClient jdbc, PersonRepository people, IdentityViews views, AuditLog audit) {
        this.jdbc = jdbc;
        this.people = people;
        this.views = views;
        this.audit = audit;
    }

    public record CreatedToken(ApiTokenView token, String secret) {
    }

    @Transactional
    public CreatedToken create(CurrentUser owner, String name, Integer validDays) {
        String secret = Tokens.newSecret(PREFIX);
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        Instant expires = validDays == null || validDays <= 0 ? null : now.plus(Duration.ofDays(validDays));
        jdbc.sql("""
                insert into identity.api_token (id, person_id, name, token_hash, token_prefix, created_at, expires_at)
                values (:id, :person, :name, :hash, :prefix, :now, :expires)
                """)
                .param("id", id).param("person", owner.personId()).param("name", name.strip())
                .param("hash", Tokens.hash(secret)).param("prefix", secret.substring(0, 10))
                .param("now", Timestamp.from(now)).param("expires", expires == null ? null : Timestamp.from(expires)).update();
        audit.record("apiToken.created", "apiToken", id, name);
        return new CreatedToken(new ApiTokenView(id, name.strip(), secret.substring(0, 10), now, expires, null, null), secret);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> list(UUID personId) {
        return jdbc.sql("select * from identity.api_token where person_id = :person order by created_at desc")
                .param("person", personId).query(ApiTokenService::map).list();
    }

    @Transactional
    public void revoke(CurrentUser owner, UUID tokenId) {
        int changed = jdbc.sql("update identity.api_token set revoked_at = :now where id = :id and person_id = :person and revoked_at is null")
                .param("now", Timestamp.from(Instant.now())).param("id", tokenId).param("person", owner.personId()).update();
        if (changed == 0) {
            throw DomainProblem.notFound("apiToken.problem.notFound");
        }
        audit.record("apiToken.revoked", "apiToken", tokenId, null);
    }

    /** The token's owner, if the secret is a live token of an enabled person; marks the token as used. */
    @Transactional
    public Optional<CurrentUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        String hash = Tokens.hash(secret);
        Optional<UUID> personId = jdbc.sql("""
                select person_id from identity.api_token
                where token_hash = :hash and revoked_at is null and (expires_at is null or expires_at > :now)
                """)
                .param("now", Timestamp.from(now)).param("hash", hash).query(UUID.class).optional();
        // "last used" is shown to the owner to spot forgotten tokens; minute precision is enough and spares
        // a row write on every API call
        personId.ifPresent(id -> jdbc.sql("""
                update identity.api_token set last_used_at = :now
                where token_hash = :hash and (last_used_at is null or last_used_at < :stale)
                """)
                .param("now", Timestamp.from(now)).param("hash", hash)
                .param("stale", Timestamp.from(now.minus(LAST_USED_PRECISION))).update());
        return personId.flatMap(people::findById).filter(Person::enabled).map(p -> views.currentUser(p).withoutPassword());
    }

    private static ApiTokenView map(ResultSet rs, int row) throws SQLException {
        return new ApiTokenView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("token_prefix"),
                InvitationService.instant(rs, "created_at"), InvitationService.instant(rs, "expires_at"),
                InvitationService.instant(rs, "last_used_at"), InvitationService.instant(rs, "revoked_at"));
    }
}
