package kz.edufusion.academy.records;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One statement ready to store: the xAPI JSON and the columns the queries filter on, taken from the same values so
 * they cannot disagree.
 */
record Statement(UUID id, UUID actor, Verb verb, String objectId, UUID courseId, UUID registration, String parentId,
        Boolean success, Boolean completion, BigDecimal scaled, Instant timestamp, ObjectNode json) {
}
