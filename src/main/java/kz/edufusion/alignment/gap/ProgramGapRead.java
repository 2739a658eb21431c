package kz.edufusion.alignment.gap;

import java.time.Instant;
import kz.edufusion.alignment.engine.ProgramGap;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.programs.AlignmentProgram;

/** A program with its stored gap analysis ({@code gap} and {@code computedAt} null until a recompute reached it). */
public record ProgramGapRead(AlignmentProgram program, LocalizedText university, ProgramGap gap, Instant computedAt) {
}
