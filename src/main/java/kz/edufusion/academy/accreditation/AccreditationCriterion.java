package kz.edufusion.academy.accreditation;

import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** One standard of the checklist; {@code used} when a review holds it, so it can be deactivated but not deleted. */
public record AccreditationCriterion(UUID id, String code, LocalizedText text, int position, boolean active, boolean used) {
}
