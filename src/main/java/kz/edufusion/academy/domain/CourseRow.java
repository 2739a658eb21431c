package kz.edufusion.academy.domain;

import java.util.UUID;

/** A course's identity: who owns it, for which organization, and which version the catalog shows (null: none). */
record CourseRow(UUID id, UUID ownerId, UUID organizationId, UUID publishedVersionId) {

    boolean published() {
        return publishedVersionId != null;
    }
}
