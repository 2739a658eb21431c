package kz.edufusion.academy.domain;

import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import org.springframework.stereotype.Component;

/**
 * What publishing and new drafts do with assignments: a version publishes only when every assignment has a valid
 * rubric (the pass mark and kinds are held by the form and the table), and a new draft copies them keeping keys.
 */
@Component
class AssignmentVersions {

    private final AssignmentStore assignments;

    AssignmentVersions(AssignmentStore assignments) {
        this.assignments = assignments;
    }

    /** 409 when an assignment's rubric would leave a learner ungradable (no criteria, a criterion without levels, no points). */
    void refuseInvalid(UUID versionId) {
        for (AssignmentView a : assignments.ofVersion(versionId)) {
            boolean invalid = a.criteria().isEmpty() || a.maxPoints() <= 0
                    || a.criteria().stream().anyMatch(c -> c.levels().isEmpty());
            if (invalid) {
                throw DomainProblem.conflict("academy.assignment.problem.invalidRubric");
            }
        }
    }

    void copy(UUID from, UUID to) {
        assignments.copy(from, to);
    }
}
