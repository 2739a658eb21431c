package kz.edufusion.academy.accreditation;

import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** One criterion of a review as it read when the review started, with the verdict and comment (null until given). */
public record ReviewItem(UUID criterionId, String code, LocalizedText text, Verdict verdict, String comment) {
}
