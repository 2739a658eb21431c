package kz.edufusion.reference;

import kz.edufusion.common.LocalizedText;

/** A field of education, the two digits after the level prefix of a program code (e.g. 07 in 6B07151). */
public record FieldOfEducation(String code, LocalizedText name) {
}
