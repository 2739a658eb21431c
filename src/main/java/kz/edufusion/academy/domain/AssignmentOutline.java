package kz.edufusion.academy.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assignments of a version by module, for the course and teaching pages' outlines (as {@code @academyAssignments}
 * in templates), so those pages' controllers and their shared view records stay as they are.
 */
@Component("academyAssignments")
public class AssignmentOutline {

    private final AssignmentStore assignments;

    AssignmentOutline(AssignmentStore assignments) {
        this.assignments = assignments;
    }

    /** Module id -> its assignments in order (titles only; the same as the outline's lesson titles). */
    @Transactional(readOnly = true)
    public Map<UUID, List<AssignmentSummary>> of(UUID versionId) {
        return assignments.outline(versionId);
    }
}
