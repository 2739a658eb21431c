package kz.edufusion.academy.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * A learner's side of assignments: read one of the version they follow (with its rubric), hand in text and/or a
 * file, see their attempts and grades, try again when the assignment allows it. An upload is checked whole (size
 * against the assignment's limit, type by content, extension) before anything is written. To anyone but the
 * enrolled learner and the course's owner an assignment does not exist, and a learner's submissions exist for that
 * learner and the owner only.
 */
@Service
@Transactional
public class AssignmentWork {

    static final int MAX_TEXT = 20_000;

    private final AssignmentStore assignments;
    private final SubmissionStore submissions;
    private final VersionStore versions;
    private final EnrollmentStore enrollments;
    private final DataSize fileLimit;

    AssignmentWork(AssignmentStore assignments, SubmissionStore submissions, VersionStore versions, EnrollmentStore enrollments,
            @Value("${edufusion.academy.file-max-size:20MB}") DataSize fileLimit) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.versions = versions;
        this.enrollments = enrollments;
        this.fileLimit = fileLimit;
    }

    @Transactional(readOnly = true)
    public AssignmentPage page(CurrentUser user, UUID assignmentId, String language) {
        AssignmentView assignment = assignments.find(assignmentId).orElseThrow(Ownership::hidden);
        VersionView version = versions.version(assignment.versionId()).orElseThrow(Ownership::hidden);
        CourseRow course = versions.course(version.courseId()).orElseThrow(Ownership::hidden);
        String html = assignment.instructionsHtml().in(language);
        if (Ownership.owns(user, course)) {
            return new AssignmentPage(course.id(), version, assignment, html, null, List.of(), null, SubmitState.OWNER,
                    limit(assignment).toMegabytes());
        }
        EnrollmentView enrollment = enrollment(user, version);
        List<SubmissionView> attempts = submissions.of(assignmentId, enrollment.id());
        return new AssignmentPage(course.id(), version, assignment, html, enrollment, attempts, dueAt(assignment, enrollment),
                state(assignment, attempts), limit(assignment).toMegabytes());
    }

    /** Hands in the next attempt; answers its id. */
    public UUID submit(CurrentUser user, UUID assignmentId, SubmissionUpload upload) {
        AssignmentView assignment = assignments.find(assignmentId).orElseThrow(Ownership::hidden);
        VersionView version = versions.version(assignment.versionId()).orElseThrow(Ownership::hidden);
        EnrollmentView enrollment = enrollment(user, version);
        List<SubmissionView> attempts = submissions.of(assignmentId, enrollment.id());
        SubmitState state = state(assignment, attempts);
        if (state != SubmitState.OPEN) {
            throw DomainProblem.conflict("academy.assignment.problem.state." + state);
        }
        String name = upload.hasFile() ? CourseContent.fileName(new LessonUpload(upload.fileName(), upload.content())) : null;
        AttachmentTypes type = checked(assignment, upload, name);
        UUID id = UUID.randomUUID();
        Instant due = dueAt(assignment, enrollment);
        submissions.insert(id, assignment, enrollment, attempts.size() + 1, upload, type, name, due != null && Instant.now().isAfter(due));
        return id;
    }

    /** One submission for its learner or the course's owner. */
    @Transactional(readOnly = true)
    public SubmissionView submission(CurrentUser user, UUID submissionId) {
        SubmissionView submission = submissions.find(submissionId).orElseThrow(Ownership::hidden);
        visible(user, submission);
        return submission;
    }

    @Transactional(readOnly = true)
    public SubmissionFile file(CurrentUser user, UUID submissionId) {
        submission(user, submissionId);
        return submissions.file(submissionId).orElseThrow(Ownership::hidden);
    }

    private void visible(CurrentUser user, SubmissionView submission) {
        if (user != null && user.personId().equals(submission.learnerId())) {
            return;
        }
        AssignmentView assignment = assignments.find(submission.assignmentId()).orElseThrow(Ownership::hidden);
        VersionView version = versions.version(assignment.versionId()).orElseThrow(Ownership::hidden);
        versions.course(version.courseId()).filter(c -> Ownership.owns(user, c)).orElseThrow(Ownership::hidden);
    }

    private AttachmentTypes checked(AssignmentView assignment, SubmissionUpload upload, String name) {
        List<FieldProblem> problems = new ArrayList<>();
        if (upload.text() == null && !upload.hasFile()) {
            problems.add(new FieldProblem(assignment.acceptsText() ? "text" : "file", "academy.assignment.validation.nothing"));
        }
        if (upload.text() != null && !assignment.acceptsText()) {
            problems.add(new FieldProblem("text", "academy.assignment.validation.noText"));
        } else if (upload.text() != null && upload.text().length() > MAX_TEXT) {
            problems.add(new FieldProblem("text", "academy.assignment.validation.textTooLong"));
        }
        AttachmentTypes type = null;
        if (upload.hasFile()) {
            if (!assignment.acceptsFile()) {
                problems.add(new FieldProblem("file", "academy.assignment.validation.noFile"));
            } else if (upload.content().length > limit(assignment).toBytes()) {
                problems.add(new FieldProblem("file", "academy.assignment.validation.fileTooLarge"));
            } else {
                type = AttachmentTypes.of(upload.content()).filter(t -> t.fitsName(name)).orElse(null);
                if (type == null) {
                    problems.add(new FieldProblem("file", "academy.assignment.validation.fileType"));
                }
            }
        }
        AcademyInputRejected.throwIfAny(problems);
        return type;
    }

    private DataSize limit(AssignmentView assignment) {
        DataSize own = DataSize.ofMegabytes(assignment.fileMaxMb());
        return own.compareTo(fileLimit) < 0 ? own : fileLimit;
    }

    private EnrollmentView enrollment(CurrentUser user, VersionView version) {
        if (user == null) {
            throw Ownership.hidden();
        }
        return enrollments.of(user.personId(), version.courseId()).filter(e -> e.versionId().equals(version.id()))
                .orElseThrow(Ownership::hidden);
    }

    static Instant dueAt(AssignmentView assignment, EnrollmentView enrollment) {
        return assignment.dueDays() == null ? null : enrollment.enrolledAt().plus(Duration.ofDays(assignment.dueDays()));
    }

    static SubmitState state(AssignmentView assignment, List<SubmissionView> attempts) {
        if (attempts.isEmpty()) {
            return SubmitState.OPEN;
        }
        if (attempts.stream().anyMatch(SubmissionView::passed)) {
            return SubmitState.PASSED;
        }
        if (!attempts.get(0).graded()) {
            return SubmitState.WAITING;
        }
        return assignment.resubmission() == Resubmission.UNTIL_PASSED ? SubmitState.OPEN : SubmitState.CLOSED;
    }
}
