package kz.edufusion.placements.supervision;

import java.util.List;

/**
 * An assignment of the practice plan as a form or the API sends it: the due date as typed (yyyy-mm-dd, may be blank),
 * the codes of learning outcomes of the student's program and the URIs of taxonomy skills it develops ({@code null}
 * skills on a change keep the ones the assignment has: the page adds and removes skills one by one).
 */
public record AssignmentCommand(String title, String description, String dueOn, List<String> outcomeCodes, List<String> skillUris) {

    public AssignmentCommand {
        outcomeCodes = outcomeCodes == null ? List.of() : outcomeCodes.stream().filter(c -> c != null && !c.isBlank())
                .map(String::strip).distinct().toList();
        skillUris = skillUris == null ? null : skillUris.stream().filter(u -> u != null && !u.isBlank())
                .map(String::strip).distinct().toList();
    }
}
