package kz.edufusion.tdss.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An educator's self-assessment against a framework; id and updatedAt are null until they have rated anything. */
public record ProfileView(UUID id, String framework, Instant updatedAt, List<CompetenceRating> competences) {

    /** Competences still below their target. */
    public long belowTarget() {
        return competences.stream().filter(c -> c.gap() > 0).count();
    }
}
