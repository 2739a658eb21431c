package kz.edufusion.academy.accreditation;

import java.time.Instant;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A submission of one published version, with who submitted it and its review (null until a reviewer starts one). */
public record AccreditationSubmission(UUID id, UUID courseId, UUID versionId, int versionNumber, LocalizedText courseTitle,
        LocalizedText organization, SubmissionStatus status, String note, String submittedBy, Instant submittedAt, ReviewView review) {

    public boolean open() {
        return status == SubmissionStatus.SUBMITTED;
    }
}
