package kz.edufusion.academy.accreditation;

import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A lesson of a submitted version, which QA reviewers may open without enrolling. */
public record SubmittedLesson(UUID id, LocalizedText title) {
}
