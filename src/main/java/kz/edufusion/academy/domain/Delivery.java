package kz.edufusion.academy.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.academy.CourseFormat;
import kz.edufusion.academy.EnrollmentMode;
import kz.edufusion.academy.EnrollmentStatus;
import kz.edufusion.academy.LearnerEnrolled;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How learners get into a course. OPEN: enrolling is immediate ({@link Learning#enroll}). APPROVAL: a request waits
 * (PENDING) until the owner approves or declines it with a reason. COHORT: the learner applies to a cohort inside
 * its enrollment window and gets a seat while the cap allows, else joins its waiting list; a withdrawal or a higher
 * cap gives the freed seats to the first waiting learners, who are told by mail. Every change of who holds a seat
 * runs under the cohort's row lock, so the last seat goes to exactly one of two learners taking it at once.
 * Becoming ACTIVE publishes {@link LearnerEnrolled}, whichever way it happened.
 */
@Service
@Transactional
public class Delivery {

    private final DeliveryStore store;
    private final VersionStore versions;
    private final Ownership ownership;
    private final Learning learning;
    private final IdentityDirectory directory;
    private final DeliveryMail mail;
    private final ApplicationEventPublisher events;

    Delivery(DeliveryStore store, VersionStore versions, Ownership ownership, Learning learning, IdentityDirectory directory,
            DeliveryMail mail, ApplicationEventPublisher events) {
        this.store = store;
        this.versions = versions;
        this.ownership = ownership;
        this.learning = learning;
        this.directory = directory;
        this.mail = mail;
        this.events = events;
    }

    // the learner's side

    /** The course page's panel; {@code user} is null for a visitor. */
    @Transactional(readOnly = true)
    public DeliveryPanel panel(CurrentUser user, UUID courseId) {
        CourseRow course = versions.course(courseId).filter(CourseRow::published).orElseThrow(Ownership::hidden);
        EnrollmentMode mode = store.mode(course.id());
        List<CohortView> cohorts = mode == EnrollmentMode.COHORT ? store.cohorts(courseId) : List.of();
        ApplicationView application = user == null ? null : store.application(user.personId(), courseId).orElse(null);
        return new DeliveryPanel(mode, cohorts, application, today());
    }

    @Transactional(readOnly = true)
    public Optional<ApplicationView> application(CurrentUser user, UUID courseId) {
        versions.course(courseId).filter(CourseRow::published).orElseThrow(Ownership::hidden);
        return store.application(user.personId(), courseId);
    }

    /**
     * Applies as the course's mode says ({@code cohortId} only for a cohort course). Applying while already
     * active, pending or waiting is a conflict; a declined or withdrawn learner may apply again.
     */
    public ApplicationView apply(CurrentUser user, UUID courseId, UUID cohortId) {
        CourseRow course = versions.course(courseId).filter(CourseRow::published).orElseThrow(Ownership::hidden);
        EnrollmentMode mode = store.mode(courseId);
        if (mode == EnrollmentMode.OPEN) {
            learning.enroll(user, courseId);
            return store.application(user.personId(), courseId).orElseThrow();
        }
        refuseTwice(user, courseId);
        if (mode == EnrollmentMode.APPROVAL) {
            store.apply(courseId, course.publishedVersionId(), user.personId(), EnrollmentStatus.PENDING, null)
                    .orElseThrow(Delivery::twice);
            return store.application(user.personId(), courseId).orElseThrow();
        }
        if (cohortId == null) {
            throw new AcademyInputRejected(List.of(new FieldProblem("cohortId", "academy.delivery.problem.cohortRequired")));
        }
        CohortView cohort = store.lockCohort(cohortId).filter(c -> c.courseId().equals(courseId))
                .orElseThrow(() -> new AcademyInputRejected(List.of(new FieldProblem("cohortId", "academy.delivery.problem.noSuchCohort"))));
        if (!cohort.openOn(today())) {
            throw new AcademyInputRejected(List.of(new FieldProblem("cohortId", "academy.delivery.problem.windowClosed")));
        }
        EnrollmentStatus status = cohort.active() < cohort.capacity() ? EnrollmentStatus.ACTIVE : EnrollmentStatus.WAITLISTED;
        UUID id = store.apply(courseId, course.publishedVersionId(), user.personId(), status, cohortId).orElseThrow(Delivery::twice);
        if (status == EnrollmentStatus.ACTIVE) {
            enrolled(id);
        }
        return store.application(id).orElseThrow();
    }

    /** Leaves the course or its waiting list; a seat given back goes to the first learner waiting for it. */
    public ApplicationView withdraw(CurrentUser user, UUID courseId) {
        versions.course(courseId).orElseThrow(Ownership::hidden);
        ApplicationView found = store.application(user.personId(), courseId).filter(a -> a.status().standing())
                .orElseThrow(Ownership::hidden);
        if (found.cohortId() != null) {
            store.lockCohort(found.cohortId());
        }
        ApplicationView application = store.lockApplication(found.enrollmentId()).filter(a -> a.status().standing())
                .orElseThrow(Ownership::hidden);
        store.status(application.enrollmentId(), EnrollmentStatus.WITHDRAWN, null, null);
        if (application.cohortId() != null && application.status() == EnrollmentStatus.ACTIVE) {
            promote(application.cohortId());
        }
        return store.application(application.enrollmentId()).orElseThrow();
    }

    // the owner's side

    @Transactional(readOnly = true)
    public DeliveryOverview overview(CurrentUser user, UUID courseId) {
        ownership.owned(user, courseId);
        VersionView version = versions.draftOf(courseId).or(() -> versions.course(courseId).map(CourseRow::publishedVersionId)
                .flatMap(versions::version)).orElseThrow(Ownership::hidden);
        return new DeliveryOverview(courseId, version, store.mode(courseId), store.cohorts(courseId), rows(store.pending(courseId)),
                store.semesters());
    }

    public void changeMode(CurrentUser user, UUID courseId, EnrollmentMode mode) {
        ownership.lockOwned(user, courseId);
        if (mode == null) {
            throw new AcademyInputRejected(List.of(new FieldProblem("mode", "academy.delivery.problem.modeRequired")));
        }
        store.mode(courseId, mode);
    }

    public CohortView createCohort(CurrentUser user, UUID courseId, CohortInput input) {
        ownership.owned(user, courseId);
        List<FieldProblem> problems = new java.util.ArrayList<>(input.problems());
        semesterProblem(input).ifPresent(problems::add);
        AcademyInputRejected.throwIfAny(problems);
        UUID id = UUID.randomUUID();
        store.insertCohort(id, courseId, input);
        return store.cohort(id).orElseThrow();
    }

    /** Changes a cohort; a cap below its members is refused, a higher one fills the new seats from the waiting list. */
    public CohortView updateCohort(CurrentUser user, UUID cohortId, CohortInput input) {
        CohortView cohort = ownedCohort(user, cohortId);
        cohort = store.lockCohort(cohort.id()).orElseThrow();
        List<FieldProblem> problems = new java.util.ArrayList<>(input.problems());
        semesterProblem(input).ifPresent(problems::add);
        if (input.capacity() != null && input.capacity() >= 1 && input.capacity() < cohort.active()) {
            problems.add(new FieldProblem("capacity", "academy.delivery.problem.capBelowActive"));
        }
        AcademyInputRejected.throwIfAny(problems);
        store.updateCohort(cohortId, input);
        promote(cohortId);
        return store.cohort(cohortId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public CohortDetail cohort(CurrentUser user, UUID cohortId) {
        CohortView cohort = ownedCohort(user, cohortId);
        boolean blended = versions.course(cohort.courseId()).map(CourseRow::publishedVersionId).flatMap(versions::version)
                .or(() -> versions.draftOf(cohort.courseId()))
                .map(v -> v.details().format() == CourseFormat.BLENDED).orElse(false);
        return new CohortDetail(cohort, rows(store.inCohort(cohortId, EnrollmentStatus.ACTIVE)),
                rows(store.inCohort(cohortId, EnrollmentStatus.WAITLISTED)), store.sessionsOfCohort(cohortId), blended,
                store.semesters());
    }

    @Transactional(readOnly = true)
    public List<CohortView> cohorts(CurrentUser user, UUID courseId) {
        ownership.owned(user, courseId);
        return store.cohorts(courseId);
    }

    /** The cohorts a learner may see on a published course. */
    @Transactional(readOnly = true)
    public List<CohortView> publishedCohorts(UUID courseId) {
        versions.course(courseId).filter(CourseRow::published).orElseThrow(Ownership::hidden);
        return store.cohorts(courseId);
    }

    @Transactional(readOnly = true)
    public List<ApplicantRow> pending(CurrentUser user, UUID courseId) {
        ownership.owned(user, courseId);
        return rows(store.pending(courseId));
    }

    public ApplicationView approve(CurrentUser user, UUID enrollmentId) {
        ApplicationView application = pendingOf(user, enrollmentId);
        store.status(enrollmentId, EnrollmentStatus.ACTIVE, user.personId(), null);
        enrolled(enrollmentId);
        mail.send(DeliveryMail.Kind.APPROVED, application.learnerId(), application.courseId(), null);
        return store.application(enrollmentId).orElseThrow();
    }

    public ApplicationView decline(CurrentUser user, UUID enrollmentId, String reason) {
        String why = SessionInput.blankToNull(reason);
        if (why == null || why.length() > 1000) {
            throw new AcademyInputRejected(List.of(new FieldProblem("reason", "academy.delivery.problem.reasonRequired")));
        }
        ApplicationView application = pendingOf(user, enrollmentId);
        store.status(enrollmentId, EnrollmentStatus.DECLINED, user.personId(), why);
        mail.send(DeliveryMail.Kind.DECLINED, application.learnerId(), application.courseId(), why);
        return store.application(enrollmentId).orElseThrow();
    }

    /** A cohort of a course the user owns; 404 for anyone else. */
    CohortView ownedCohort(CurrentUser user, UUID cohortId) {
        CohortView cohort = store.cohort(cohortId).orElseThrow(Ownership::hidden);
        ownership.owned(user, cohort.courseId());
        return cohort;
    }

    /** Gives free seats of a locked cohort to its waiting list, first come first served. */
    private void promote(UUID cohortId) {
        CohortView cohort = store.cohort(cohortId).orElseThrow();
        for (int free = cohort.capacity() - cohort.active(); free > 0; free--) {
            Optional<UUID> next = store.firstWaiting(cohortId);
            if (next.isEmpty()) {
                return;
            }
            store.status(next.get(), EnrollmentStatus.ACTIVE, null, null);
            ApplicationView promoted = enrolled(next.get());
            mail.send(DeliveryMail.Kind.PROMOTED, promoted.learnerId(), promoted.courseId(), null);
        }
    }

    private ApplicationView enrolled(UUID enrollmentId) {
        ApplicationView application = store.application(enrollmentId).orElseThrow();
        UUID versionId = store.versionOf(enrollmentId);
        events.publishEvent(new LearnerEnrolled(enrollmentId, application.learnerId(), application.courseId(), versionId, Instant.now()));
        return application;
    }

    private ApplicationView pendingOf(CurrentUser user, UUID enrollmentId) {
        ApplicationView application = store.lockApplication(enrollmentId).orElseThrow(Ownership::hidden);
        ownership.owned(user, application.courseId());
        if (application.status() != EnrollmentStatus.PENDING) {
            throw DomainProblem.conflict("academy.delivery.problem.notPending");
        }
        return application;
    }

    private void refuseTwice(CurrentUser user, UUID courseId) {
        if (store.application(user.personId(), courseId).filter(a -> a.status().standing()).isPresent()) {
            throw twice();
        }
    }

    private Optional<FieldProblem> semesterProblem(CohortInput input) {
        return input.semesterId() != null && store.semester(input.semesterId()).isEmpty()
                ? Optional.of(new FieldProblem("semesterId", "academy.delivery.problem.noSuchSemester")) : Optional.empty();
    }

    private List<ApplicantRow> rows(List<ApplicationView> applications) {
        return applications.stream().map(a -> {
            Optional<PersonView> person = directory.person(a.learnerId());
            return new ApplicantRow(person.map(PersonView::fullName).orElse(""), person.map(PersonView::email).orElse(""), a);
        }).toList();
    }

    private static DomainProblem twice() {
        return DomainProblem.conflict("academy.delivery.problem.alreadyApplied");
    }

    static LocalDate today() {
        return LocalDate.now(PlatformTime.ZONE);
    }
}
