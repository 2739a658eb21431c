package kz.edufusion.academy.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.academy.AssignmentGraded;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course owner's side of assignments: the queue of submissions (ungraded first), and grading one by its rubric:
 * one level per criterion, the total is the sum of the levels' points, the score the total over the rubric's best
 * points as a percentage with two decimals, passing at the assignment's pass mark (the mark itself passes). A
 * submission is graded once; {@link AssignmentGraded} is published in the grading transaction.
 */
@Service
@Transactional
public class AssignmentGrading {

    static final int MAX_COMMENT = 2000;

    private final AssignmentStore assignments;
    private final SubmissionStore submissions;
    private final VersionStore versions;
    private final Ownership ownership;
    private final IdentityDirectory directory;
    private final ApplicationEventPublisher events;
    private final CourseCompletion completion;

    AssignmentGrading(AssignmentStore assignments, SubmissionStore submissions, VersionStore versions, Ownership ownership,
            IdentityDirectory directory, ApplicationEventPublisher events, CourseCompletion completion) {
        this.completion = completion;
        this.assignments = assignments;
        this.submissions = submissions;
        this.versions = versions;
        this.ownership = ownership;
        this.directory = directory;
        this.events = events;
    }

    /** The course's submissions, ungraded first and oldest first (at most 200: one person lookup per row). */
    @Transactional(readOnly = true)
    public List<QueueRow> queue(CurrentUser user, UUID courseId, boolean ungradedOnly) {
        ownership.owned(user, courseId);
        Map<UUID, AssignmentView> byId = new HashMap<>();
        return submissions.ofCourse(courseId, ungradedOnly).stream().map(s -> {
            AssignmentView a = byId.computeIfAbsent(s.assignmentId(), id -> assignments.find(id).orElseThrow());
            Optional<PersonView> person = directory.person(s.learnerId());
            return new QueueRow(s, person.map(PersonView::fullName).orElse(""), person.map(PersonView::email).orElse(""), a.title());
        }).toList();
    }

    @Transactional(readOnly = true)
    public GradingPage page(CurrentUser user, UUID submissionId) {
        SubmissionView submission = submissions.find(submissionId).orElseThrow(Ownership::hidden);
        AssignmentView assignment = assignments.find(submission.assignmentId()).orElseThrow(Ownership::hidden);
        VersionView version = ownership.ownedVersion(user, assignment.versionId());
        return new GradingPage(version.courseId(), assignment, submission,
                directory.person(submission.learnerId()).map(PersonView::fullName).orElse(""));
    }

    public GradeView grade(CurrentUser user, UUID submissionId, GradeInput input) {
        GradingPage page = page(user, submissionId);
        AssignmentView assignment = page.assignment();
        if (page.submission().graded()) {
            throw DomainProblem.conflict("academy.assignment.problem.alreadyGraded");
        }
        List<CriterionGrade> chosen = checked(assignment, input);
        int total = chosen.stream().mapToInt(CriterionGrade::points).sum();
        BigDecimal percent = percent(total, assignment.maxPoints());
        boolean passed = percent.compareTo(BigDecimal.valueOf(assignment.passPercent())) >= 0;
        if (!submissions.insertGrade(submissionId, total, assignment.maxPoints(), percent, passed, input.comment(), user.personId())) {
            throw DomainProblem.conflict("academy.assignment.problem.alreadyGraded");
        }
        chosen.forEach(g -> submissions.insertCriterionGrade(submissionId, g));
        SubmissionView s = page.submission();
        events.publishEvent(new AssignmentGraded(submissionId, s.enrollmentId(), s.learnerId(), page.courseId(),
                assignment.versionId(), assignment.assignmentKey(), percent, passed, user.personId(), Instant.now()));
        if (passed) {
            // a passed assignment may be the last graded item the course's PASSED or BOTH rule waited for
            completion.evaluate(s.enrollmentId());
        }
        return submissions.find(submissionId).orElseThrow().grade();
    }

    static BigDecimal percent(int total, int max) {
        return BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(max), 2, RoundingMode.HALF_UP);
    }

    /** One level of each criterion, from that criterion; choices for criteria of other rubrics are refused too. */
    private static List<CriterionGrade> checked(AssignmentView assignment, GradeInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        List<CriterionGrade> chosen = new ArrayList<>();
        for (RubricCriterion c : assignment.criteria()) {
            List<GradeInput.Choice> choices = input.criteria().stream().filter(x -> c.id().equals(x.criterionId())).toList();
            Optional<RubricLevel> level = choices.size() == 1 ? c.level(choices.get(0).levelId()) : Optional.empty();
            if (level.isEmpty()) {
                problems.add(new FieldProblem("criteria." + c.id(), "academy.assignment.validation.levelRequired"));
                continue;
            }
            String comment = choices.get(0).comment();
            if (comment != null && comment.length() > MAX_COMMENT) {
                problems.add(new FieldProblem("criteria." + c.id(), "academy.assignment.validation.commentTooLong"));
            }
            chosen.add(new CriterionGrade(c.id(), level.get().id(), level.get().points(), comment));
        }
        if (input.criteria().stream().anyMatch(x -> assignment.criteria().stream().noneMatch(c -> c.id().equals(x.criterionId())))) {
            problems.add(new FieldProblem("criteria", "academy.assignment.validation.unknownCriterion"));
        }
        if (input.comment() != null && input.comment().length() > 5000) {
            problems.add(new FieldProblem("comment", "academy.assignment.validation.commentTooLong"));
        }
        AcademyInputRejected.throwIfAny(problems);
        return chosen;
    }
}
