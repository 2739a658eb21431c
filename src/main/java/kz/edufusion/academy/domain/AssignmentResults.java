package kz.edufusion.academy.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a course completion rule needs to know of assignments, by assignment key (stable across versions): the
 * graded items a version requires and those an enrollment has passed. Kept apart so the completion rules
 * (COMPLETED / PASSED / BOTH, {@link CourseCompletion} through {@link GradedItemSource}) and the gradebook read
 * them without reading assignment tables.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentResults implements GradedItemSource {

    private final AssignmentStore assignments;
    private final SubmissionStore submissions;

    AssignmentResults(AssignmentStore assignments, SubmissionStore submissions) {
        this.assignments = assignments;
        this.submissions = submissions;
    }

    /** The assignment keys of the version: every one must be passed for the version's assignments to be done. */
    public List<UUID> requiredFor(UUID versionId) {
        return assignments.outline(versionId).values().stream().flatMap(List::stream).map(AssignmentSummary::assignmentKey).toList();
    }

    /** The assignment keys the enrollment has a passing grade for, on whichever version it was handed in. */
    public Set<UUID> passedBy(UUID enrollmentId) {
        return submissions.passedKeys(enrollmentId);
    }

    /** Whether the enrollment has passed every assignment of the version (true when the version has none). */
    public boolean allPassed(UUID enrollmentId, UUID versionId) {
        return passedBy(enrollmentId).containsAll(requiredFor(versionId));
    }

    @Override
    public GradedItems count(UUID enrollmentId, UUID versionId) {
        List<UUID> required = requiredFor(versionId);
        Set<UUID> passed = passedBy(enrollmentId);
        return new GradedItems(required.size(), (int) required.stream().filter(passed::contains).count());
    }
}
