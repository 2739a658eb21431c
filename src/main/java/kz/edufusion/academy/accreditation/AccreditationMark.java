package kz.edufusion.academy.accreditation;

import java.time.LocalDate;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A course is accredited today: its catalog version was approved by this agency until this day. */
public record AccreditationMark(UUID courseId, UUID versionId, LocalizedText agency, LocalDate validUntil) {
}
