package kz.edufusion.placements.allocation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The outcome of one allocation: the summary, each student's outcome (input order), each offer's (input order). */
public record AllocationResult(AllocationSummary summary, List<StudentOutcome> students, List<OfferOutcome> offers) {

    public AllocationResult {
        students = List.copyOf(students);
        offers = List.copyOf(offers);
    }

    /** Student id to offer id, for the assigned students only. */
    public Map<String, String> assignment() {
        Map<String, String> assignment = new HashMap<>(students.size() * 2);
        for (StudentOutcome student : students) {
            if (student.assigned()) {
                assignment.put(student.studentId(), student.offerId());
            }
        }
        return assignment;
    }
}
