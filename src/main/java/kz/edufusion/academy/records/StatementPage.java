package kz.edufusion.academy.records;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A page of statements as xAPI's StatementResult wants it, and the cursor of the next page (null when there is none),
 * which the API turns into the {@code more} IRL.
 */
public record StatementPage(List<ObjectNode> statements, Instant nextStored, UUID nextId) {

    public boolean hasMore() {
        return nextStored != null;
    }
}
