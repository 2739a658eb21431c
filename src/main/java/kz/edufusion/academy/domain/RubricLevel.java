package kz.edufusion.academy.domain;

import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A level of a criterion as stored. */
public record RubricLevel(UUID id, int points, LocalizedText label, LocalizedText description) {
}
