package kz.edufusion.identity;

import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;

/**
 * Who did what to which object, when and from where. Every module records its significant actions here;
 * the entry is written in the caller's transaction so a rolled-back action leaves no trace claiming it happened.
 */
public interface AuditLog {

    /** Records an action by the current user (or "anonymous") from the current request's address. */
    void record(String action, String objectType, Object objectId, String detail);

    PageResponse<AuditEntry> search(AuditQuery query, PageQuery page);

    record AuditQuery(String actor, String action, String objectType, String objectId) {
    }
}
