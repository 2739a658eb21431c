package kz.edufusion.programs.domain;

import java.util.List;
import kz.edufusion.reference.Occupation;

/** The targets page: the program's occupations (with their reference record), suggestions, and sectors. */
public record ProgramTargets(ProgramView program, List<Chosen> chosen, List<Occupation> suggestions,
        List<String> iscoGroups, List<String> sectors, boolean editable) {

    public ProgramTargets {
        chosen = List.copyOf(chosen);
        suggestions = List.copyOf(suggestions);
        iscoGroups = List.copyOf(iscoGroups);
        sectors = List.copyOf(sectors);
    }

    /** A target; {@code occupation} is null when the reference data no longer holds it. */
    public record Chosen(String uri, String iscoCode, boolean suggested, Occupation occupation) {
    }
}
