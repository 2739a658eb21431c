package kz.edufusion.programs.domain;

import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A learning outcome of a program. */
public record OutcomeView(UUID id, String code, int position, LocalizedText text) {
}
