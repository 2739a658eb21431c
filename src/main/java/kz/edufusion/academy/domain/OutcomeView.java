package kz.edufusion.academy.domain;

import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A learning outcome with the skill of the taxonomy it builds (its label as it was when the outcome was saved). */
public record OutcomeView(UUID id, int position, LocalizedText text, String skillUri, LocalizedText skillLabel) {
}
