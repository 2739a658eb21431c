package kz.edufusion.reference;

import kz.edufusion.common.LocalizedText;

/** A level of the National Qualifications Framework: 1 short workplace training ... 6 bachelor ... 8 doctoral. */
public record NqfLevel(int level, LocalizedText name, LocalizedText description) {
}
