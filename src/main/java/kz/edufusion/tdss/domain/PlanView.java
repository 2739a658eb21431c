package kz.edufusion.tdss.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A development plan with its goals and history. */
public record PlanView(UUID id, UUID personId, String personName, UUID organizationId, String framework,
        LocalDate periodStart, LocalDate periodEnd, String status, String supervisorComment, List<Goal> goals,
        List<Step> history) {

    public boolean editable() {
        return "DRAFT".equals(status) || "RETURNED".equals(status);
    }

    /** A competence to reach a level by a date, with the training planned for it and the evidence so far. */
    public record Goal(UUID id, String competence, LocalizedText competenceTitle, String targetLevel, LocalDate dueOn,
            String status, UUID programId, LocalizedText programTitle, String description, List<Evidence> evidence) {
    }

    public record Evidence(UUID id, String fileName, String contentType, int sizeBytes) {
    }

    /** One move of the plan: to which status, by whom, with which comment. */
    public record Step(String status, UUID actorId, String comment, Instant at) {
    }
}
