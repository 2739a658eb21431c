package kz.edufusion.academy.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignments and their rubrics in a draft, for the course's owner only (404 to anyone else, 409 for a published
 * version). The instructions are rendered to safe HTML when saved, like a lesson, but without images: an assignment
 * has no attachments of its own, so any image source is dropped.
 */
@Service
@Transactional
public class AssignmentAuthoring {

    private final AssignmentStore assignments;
    private final ContentStore content;
    private final VersionStore versions;
    private final Ownership ownership;

    AssignmentAuthoring(AssignmentStore assignments, ContentStore content, VersionStore versions, Ownership ownership) {
        this.assignments = assignments;
        this.content = content;
        this.versions = versions;
        this.ownership = ownership;
    }

    public UUID create(CurrentUser user, UUID moduleId, AssignmentInput input) {
        UUID versionId = content.moduleVersion(moduleId).orElseThrow(Ownership::hidden);
        ownership.editable(user, versionId);
        AcademyInputRejected.throwIfAny(input.problems());
        UUID id = UUID.randomUUID();
        assignments.insert(id, versionId, moduleId, input, html(input));
        versions.touch(versionId);
        return id;
    }

    public void update(CurrentUser user, UUID assignmentId, AssignmentInput input) {
        editable(user, assignmentId);
        AcademyInputRejected.throwIfAny(input.problems());
        assignments.update(assignmentId, input, html(input));
    }

    /** Answers the course id, for the page to return to. */
    public UUID delete(CurrentUser user, UUID assignmentId) {
        VersionView version = editable(user, assignmentId);
        assignments.delete(assignmentId);
        return version.courseId();
    }

    public void addCriterion(CurrentUser user, UUID assignmentId, CriterionInput criterion) {
        VersionView version = editable(user, assignmentId);
        AcademyInputRejected.throwIfAny(criterion.problems(""));
        assignments.insertCriterion(assignmentId, version.id(), criterion);
    }

    /** Replaces the whole rubric; it must have at least one criterion, each valid (nothing is written otherwise). */
    public void replaceRubric(CurrentUser user, UUID assignmentId, List<CriterionInput> criteria) {
        VersionView version = editable(user, assignmentId);
        AcademyInputRejected.throwIfAny(CriterionInput.rubricProblems(criteria));
        assignments.deleteCriteria(assignmentId);
        criteria.forEach(c -> assignments.insertCriterion(assignmentId, version.id(), c));
    }

    /** Answers the assignment id, for the page to return to. */
    public UUID deleteCriterion(CurrentUser user, UUID criterionId) {
        UUID assignmentId = assignments.assignmentOfCriterion(criterionId).orElseThrow(Ownership::hidden);
        editable(user, assignmentId);
        assignments.deleteCriterion(criterionId);
        return assignmentId;
    }

    /** The assignment with its rubric for its owner (any version; only a draft may change). */
    @Transactional(readOnly = true)
    public AssignmentEditing forOwner(CurrentUser user, UUID assignmentId) {
        AssignmentView assignment = assignments.find(assignmentId).orElseThrow(Ownership::hidden);
        return new AssignmentEditing(ownership.ownedVersion(user, assignment.versionId()), assignment);
    }

    /** The ids of the version's assignments in outline order (for the demo seeding, which owns what it reads). */
    @Transactional(readOnly = true)
    List<UUID> outlineIds(UUID versionId) {
        return assignments.ofVersion(versionId).stream().map(AssignmentView::id).toList();
    }

    private VersionView editable(CurrentUser user, UUID assignmentId) {
        AssignmentView assignment = assignments.find(assignmentId).orElseThrow(Ownership::hidden);
        return ownership.editable(user, assignment.versionId());
    }

    private static LocalizedText html(AssignmentInput input) {
        return LessonMarkdown.render(input.instructions(), Map.of());
    }
}
