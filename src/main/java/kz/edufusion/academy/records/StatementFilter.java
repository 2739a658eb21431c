package kz.edufusion.academy.records;

import java.time.Instant;
import java.util.UUID;

/**
 * The xAPI query parameters the store answers: agent (the person of an account at this platform), verb IRI,
 * activity IRI (the statement's object), registration, since/until (on {@code stored}, exclusive/inclusive as in
 * xAPI), a page size and, for the "more" link, the last (stored, id) of the previous page.
 */
public record StatementFilter(UUID agent, String verb, String activity, UUID registration, Instant since, Instant until,
        int limit, Instant beforeStored, UUID beforeId) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    public StatementFilter {
        limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    }

    StatementFilter after(Instant stored, UUID id) {
        return new StatementFilter(agent, verb, activity, registration, since, until, limit, stored, id);
    }
}
