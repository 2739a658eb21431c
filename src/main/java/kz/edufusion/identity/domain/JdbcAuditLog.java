package kz.edufusion.identity.domain;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.identity.AuditEntry;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The audit log in {@code identity.audit_event}, written with plain JDBC inside the caller's transaction. */
@Service
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;

    JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(String action, String objectType, Object objectId, String detail) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        UUID actorId = null;
        String actorEmail = null;
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            actorId = user.personId();
            actorEmail = user.email();
        }
        recordAs(actorId, actorEmail, action, objectType, objectId, detail);
    }

    /** For events where the actor is known but not (yet) signed in, such as a failed login. */
    void recordAs(UUID actorId, String actorEmail, String action, String objectType, Object objectId, String detail) {
        jdbc.sql("""
                insert into identity.audit_event (occurred_at, actor_id, actor_email, action, object_type, object_id, detail, remote_address)
                values (:at, :actorId, :actorEmail, :action, :objectType, :objectId, :detail, :address)
                """)
                .param("at", Timestamp.from(Instant.now()))
                .param("actorId", actorId)
                .param("actorEmail", truncate(actorEmail, 254))
                .param("action", action)
                .param("objectType", objectType)
                .param("objectId", objectId == null ? null : truncate(objectId.toString(), 80))
                .param("detail", truncate(detail, 1000))
                .param("address", remoteAddress())
                .update();
    }

    @Override
    public PageResponse<AuditEntry> search(AuditQuery query, PageQuery page) {
        List<String> conditions = new ArrayList<>();
        var params = new java.util.HashMap<String, Object>();
        like(conditions, params, "actor_email", "actor", query.actor());
        like(conditions, params, "action", "action", query.action());
        like(conditions, params, "object_type", "objectType", query.objectType());
        like(conditions, params, "object_id", "objectId", query.objectId());
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from identity.audit_event" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<AuditEntry> items = jdbc.sql("select * from identity.audit_event" + where
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getObject("actor_id", UUID.class), rs.getString("actor_email"), rs.getString("action"),
                        rs.getString("object_type"), rs.getString("object_id"), rs.getString("detail"),
                        rs.getString("remote_address")))
                .list();
        return PageResponse.of(items, page, total);
    }

    private static void like(List<String> conditions, java.util.Map<String, Object> params, String column, String name, String value) {
        if (value != null && !value.isBlank()) {
            conditions.add("lower(" + column + ") like :" + name);
            params.put(name, "%" + value.strip().toLowerCase(Locale.ROOT) + "%");
        }
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return truncate(request.getRemoteAddr(), 64);
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
