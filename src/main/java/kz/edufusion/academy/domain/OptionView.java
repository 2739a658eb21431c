package kz.edufusion.academy.domain;

import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** An option as its owner sees it, with its correct flag (never sent to a learner). */
public record OptionView(UUID id, LocalizedText text, boolean correct) {
}
