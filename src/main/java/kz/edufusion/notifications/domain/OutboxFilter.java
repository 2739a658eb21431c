package kz.edufusion.notifications.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.edufusion.notifications.OutboxStatus;

/**
 * The admin page's search as a SQL WHERE clause with named parameters (never concatenated input).
 * A complete address is matched exactly so the recipient index answers the common question "what did
 * we send to this person"; partial input is matched anywhere in the address.
 */
record OutboxFilter(String recipient, OutboxStatus status) {

    static OutboxFilter of(String recipientContains, OutboxStatus status) {
        String recipient = recipientContains == null || recipientContains.isBlank()
                ? null : recipientContains.strip().toLowerCase(Locale.ROOT);
        return new OutboxFilter(recipient, status);
    }

    String where() {
        List<String> conditions = new ArrayList<>();
        if (recipient != null) {
            conditions.add(EmailAddresses.isValid(recipient)
                    ? "lower(recipient) = :recipient"
                    : "lower(recipient) LIKE :recipient ESCAPE '\\'");
        }
        if (status != null) {
            conditions.add("status = :status");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        if (recipient != null) {
            params.put("recipient", EmailAddresses.isValid(recipient) ? recipient : "%" + escapeLike(recipient) + "%");
        }
        if (status != null) {
            params.put("status", status.name());
        }
        return params;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
