package kz.edufusion.tdss.domain;

import java.util.List;

/** A program that develops some of the educator's gaps: which ones (competence codes), most first. */
public record Recommendation(ProgramView program, List<String> coveredGaps) {
}
