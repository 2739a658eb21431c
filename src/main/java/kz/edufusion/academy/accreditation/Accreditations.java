package kz.edufusion.academy.accreditation;

import kz.edufusion.academy.domain.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.accreditation.AccreditationStore.SubmissionRow;
import kz.edufusion.academy.accreditation.Reviewers.CourseFacts;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's side of accreditation and what everyone reads of it: the owner submits a PUBLISHED version of their
 * course (a draft is refused, 409, as is a second open submission of the course); the owner and QA reviewers read a
 * course's history (anyone else gets 404, as for a course that does not exist); QA reviewers read the queue.
 * Submissions of one course take turns on the course's row lock.
 */
@Service
@Transactional
public class Accreditations {

    private final AccreditationStore store;
    private final SubmissionViews views;
    private final AccreditationMarks marks;
    private final AuditLog audit;
    private final Clock clock;

    Accreditations(AccreditationStore store, SubmissionViews views, AccreditationMarks marks, AuditLog audit,
            ObjectProvider<Clock> clock) {
        this.store = store;
        this.views = views;
        this.marks = marks;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public AccreditationSubmission submit(CurrentUser user, UUID courseId, UUID versionId, String note) {
        CourseFacts course = store.course(courseId, true).filter(c -> owns(user, c)).orElseThrow(Accreditations::hidden);
        AccreditationStore.VersionFacts version = store.version(versionId).filter(v -> v.courseId().equals(courseId))
                .orElseThrow(() -> DomainProblem.invalidField("versionId", "academy.accreditation.validation.version"));
        if (!version.published()) {
            throw DomainProblem.conflict("academy.accreditation.problem.draft");
        }
        if (store.hasOpen(courseId)) {
            throw DomainProblem.conflict("academy.accreditation.problem.alreadyOpen");
        }
        String text = Texts.blank(note);
        if (text != null && text.length() > 4000) {
            throw DomainProblem.invalidField("note", "academy.accreditation.validation.tooLong");
        }
        UUID id = UUID.randomUUID();
        store.insertSubmission(id, courseId, versionId, text, user.personId());
        audit.record("academy.accreditation.submitted", "course", courseId, "version " + version.number());
        return views.of(store.submission(id, false).orElseThrow());
    }

    @Transactional(readOnly = true)
    public CourseHistory history(CurrentUser user, UUID courseId) {
        CourseFacts course = store.course(courseId, false).filter(c -> owns(user, c) || Reviewers.isReviewer(user))
                .orElseThrow(Accreditations::hidden);
        boolean owner = owns(user, course);
        List<AccreditationSubmission> submissions = views.of(store.submissions(courseId));
        if (owner) {
            // the owner reads a review once it is decided, not the reviewer's work in progress
            submissions = submissions.stream().map(s -> s.review() == null || s.review().decided() ? s
                    : new AccreditationSubmission(s.id(), s.courseId(), s.versionId(), s.versionNumber(), s.courseTitle(), s.organization(),
                            s.status(), s.note(), s.submittedBy(), s.submittedAt(), null)).toList();
        }
        return new CourseHistory(courseId, store.title(courseId), owner, owner ? store.publishedVersions(courseId) : List.of(),
                submissions, marks.of(courseId).orElse(null));
    }

    /** The open submissions for QA reviewers of any agency (403 for others), oldest first, without their own courses. */
    @Transactional(readOnly = true)
    public List<AccreditationSubmission> queue(CurrentUser user) {
        Reviewers.requireAgency(user);
        return views.of(store.open(user.personId()));
    }

    /** The latest decided submissions, for the reviewers' overview. */
    @Transactional(readOnly = true)
    public List<AccreditationSubmission> recentlyDecided(CurrentUser user) {
        Reviewers.requireAgency(user);
        return views.of(store.decided(user.personId(), 20));
    }

    /** One submission, for its course's owner or a QA reviewer; 404 for anyone else. */
    @Transactional(readOnly = true)
    public AccreditationSubmission submission(CurrentUser user, UUID id) {
        SubmissionRow row = store.submission(id, false).orElseThrow(Accreditations::hidden);
        CourseFacts course = store.course(row.courseId(), false).orElseThrow(Accreditations::hidden);
        if (!owns(user, course) && !Reviewers.isReviewer(user)) {
            throw hidden();
        }
        return views.of(row);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PlatformTime.ZONE);
    }

    static boolean owns(CurrentUser user, CourseFacts course) {
        return user != null && user.personId().equals(course.ownerId());
    }

    static DomainProblem hidden() {
        return DomainProblem.notFound("academy.accreditation.problem.notFound");
    }
}
