package kz.edufusion.tdss.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A cohort of a program: its members with attendance and completion, and its sessions with who was present. */
public record CohortView(UUID id, UUID programId, LocalizedText programTitle, UUID organizationId, String title,
        LocalDate startsOn, LocalDate endsOn, int capacity, BigDecimal completionShare, List<Member> members,
        List<Session> sessions) {

    public record Member(UUID personId, String name, int attended, Instant completedAt) {
    }

    public record Session(UUID id, LocalDate heldOn, String topic, Set<UUID> present) {
    }
}
