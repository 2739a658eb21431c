package kz.edufusion.placements.supervision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One diary entry with its attachments and its thread of comments, oldest comment first. */
public record EntryView(UUID id, UUID placementId, LocalDate date, BigDecimal hours, String workDone, UUID assignmentId,
        String assignmentTitle, DiaryStatus status, Instant submittedAt, Instant decidedAt, List<AttachmentView> attachments,
        List<CommentView> comments) {

    /** The student may still change it (not once approved). */
    public boolean changeable() {
        return status != DiaryStatus.APPROVED;
    }
}
