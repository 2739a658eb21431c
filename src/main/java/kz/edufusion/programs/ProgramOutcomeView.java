package kz.edufusion.programs;

import kz.edufusion.common.LocalizedText;

/** A learning outcome of a program as other modules read it: its code within the program and its text. */
public record ProgramOutcomeView(String code, LocalizedText text) {
}
