package kz.edufusion.academy.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.academy.EnrollmentMode;
import kz.edufusion.academy.LearnerEnrolled;
import kz.edufusion.academy.LessonCompleted;
import kz.edufusion.academy.LessonOpened;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's side: enroll in a published course (any signed-in person; open enrollment), open lessons of the
 * version they follow (the last one opened is where they resume), mark lessons complete, move to a newer version.
 * A lesson is readable by the learners enrolled on its version and by the course's owner; to anyone else it does
 * not exist. Whether a step completes the course is the version's completion rule ({@link CourseCompletion}). Each
 * step publishes its event for the learning records and certificates to come.
 */
@Service
@Transactional
public class Learning {

    private final VersionStore versions;
    private final ContentStore content;
    private final AttachmentStore attachments;
    private final EnrollmentStore enrollments;
    private final Ownership ownership;
    private final IdentityDirectory directory;
    private final ApplicationEventPublisher events;
    private final CourseCompletion completion;
    private final DeliveryStore delivery;

    Learning(VersionStore versions, ContentStore content, AttachmentStore attachments, EnrollmentStore enrollments,
            Ownership ownership, IdentityDirectory directory, ApplicationEventPublisher events, CourseCompletion completion,
            DeliveryStore delivery) {
        this.versions = versions;
        this.content = content;
        this.attachments = attachments;
        this.enrollments = enrollments;
        this.ownership = ownership;
        this.directory = directory;
        this.events = events;
        this.completion = completion;
        this.delivery = delivery;
    }

    /**
     * Enrolls on the published version of an OPEN course (other modes go through {@link Delivery}); enrolling again
     * answers the existing enrollment, and a learner who withdrew comes back with their progress.
     */
    public EnrollmentView enroll(CurrentUser user, UUID courseId) {
        CourseRow course = versions.course(courseId).filter(CourseRow::published).orElseThrow(Ownership::hidden);
        if (delivery.mode(courseId) != EnrollmentMode.OPEN) {
            throw DomainProblem.conflict("academy.delivery.problem.notOpen");
        }
        UUID id = UUID.randomUUID();
        if (enrollments.insert(id, courseId, course.publishedVersionId(), user.personId())) {
            events.publishEvent(new LearnerEnrolled(id, user.personId(), courseId, course.publishedVersionId(), Instant.now()));
        } else {
            delivery.reactivate(user.personId(), courseId).ifPresent(back -> events.publishEvent(new LearnerEnrolled(back,
                    user.personId(), courseId, delivery.versionOf(back), Instant.now())));
        }
        return enrollments.of(user.personId(), courseId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<EnrollmentView> enrollment(CurrentUser user, UUID courseId) {
        return enrollments.of(user.personId(), courseId);
    }

    /** The lesson page in the reader's language; a learner's visit is remembered as where to resume. */
    public LessonPage open(CurrentUser user, UUID lessonId, String language) {
        LessonContent lesson = content.servedLesson(lessonId, language).orElseThrow(Ownership::hidden);
        VersionView version = versions.version(lesson.versionId()).orElseThrow(Ownership::hidden);
        Reader reader = reader(user, version);
        if (reader.enrollment() != null) {
            enrollments.opened(reader.enrollment().id(), lessonId);
            events.publishEvent(new LessonOpened(reader.enrollment().id(), user.personId(), version.courseId(), version.id(),
                    lessonId, lesson.lessonKey(), Instant.now()));
        }
        List<ModuleView> modules = content.outline(version.id(), reader.enrollment() == null ? null : reader.enrollment().id());
        List<LessonSummary> order = modules.stream().flatMap(m -> m.lessons().stream()).toList();
        int at = order.stream().map(LessonSummary::id).toList().indexOf(lessonId);
        LessonSummary here = order.get(at);
        var module = modules.stream().filter(m -> m.id().equals(lesson.moduleId())).findFirst().orElseThrow();
        return new LessonPage(version.courseId(), version, lesson, lesson.html().in(language), attachments.ofLesson(lessonId),
                modules, reader.enrollment(), at > 0 ? order.get(at - 1).id() : null,
                at + 1 < order.size() ? order.get(at + 1).id() : null, here.completed(), module.title());
    }

    /** Marks a lesson of the learner's own version complete (again: nothing changes). */
    public EnrollmentView complete(CurrentUser user, UUID lessonId) {
        LessonContent lesson = content.lesson(lessonId).orElseThrow(Ownership::hidden);
        VersionView version = versions.version(lesson.versionId()).orElseThrow(Ownership::hidden);
        EnrollmentView enrollment = enrollments.of(user.personId(), version.courseId())
                .filter(e -> e.versionId().equals(version.id())).orElseThrow(Ownership::hidden);
        if (enrollments.complete(enrollment.id(), lessonId)) {
            enrollments.bump(enrollment.id());
            events.publishEvent(new LessonCompleted(enrollment.id(), user.personId(), version.courseId(), version.id(), lessonId,
                    lesson.lessonKey(), Instant.now()));
            completion.evaluate(enrollment.id());
        }
        return enrollments.of(user.personId(), version.courseId()).orElseThrow();
    }

    /** Moves an unfinished enrollment to the course's published version, progress following by lesson. */
    public EnrollmentView moveToPublished(CurrentUser user, UUID courseId) {
        CourseRow course = versions.course(courseId).filter(CourseRow::published).orElseThrow(Ownership::hidden);
        EnrollmentView enrollment = enrollments.of(user.personId(), courseId).orElseThrow(Ownership::hidden);
        if (enrollment.completed() || enrollment.versionId().equals(course.publishedVersionId())) {
            throw DomainProblem.conflict("academy.problem.nothingToMove");
        }
        enrollments.move(enrollment.id(), enrollment.versionId(), course.publishedVersionId());
        completion.evaluate(enrollment.id());
        return enrollments.of(user.personId(), courseId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<MyCourse> mine(CurrentUser user) {
        return enrollments.mine(user.personId());
    }

    /** The learners of a course with their progress, for its owner only (50 a page: one person lookup per row). */
    @Transactional(readOnly = true)
    public PageResponse<LearnerRow> learners(CurrentUser user, UUID courseId, PageQuery page) {
        ownership.owned(user, courseId);
        List<LearnerRow> rows = enrollments.ofCourse(courseId, page).stream().map(e -> {
            Optional<PersonView> person = directory.person(e.learnerId());
            return new LearnerRow(person.map(PersonView::fullName).orElse(""), person.map(PersonView::email).orElse(""), e);
        }).toList();
        return PageResponse.of(rows, page, enrollments.countOf(courseId));
    }

    /** Whether the reader may see an attachment: as they may see its lesson. */
    @Transactional(readOnly = true)
    public AttachmentFile attachment(CurrentUser user, UUID attachmentId) {
        UUID lessonId = attachments.lessonOf(attachmentId).orElseThrow(Ownership::hidden);
        LessonContent lesson = content.lesson(lessonId).orElseThrow(Ownership::hidden);
        reader(user, versions.version(lesson.versionId()).orElseThrow(Ownership::hidden));
        return attachments.file(attachmentId).orElseThrow(Ownership::hidden);
    }

    private Reader reader(CurrentUser user, VersionView version) {
        CourseRow course = versions.course(version.courseId()).orElseThrow(Ownership::hidden);
        if (Ownership.owns(user, course)) {
            return new Reader(null);
        }
        if (user == null) {
            throw Ownership.hidden();
        }
        if (Ownership.reviewsForAgency(user) && versions.submittedForAccreditation(version.id())) {
            // a QA reviewer reads a version submitted for accreditation without enrolling (and leaves no progress)
            return new Reader(null);
        }
        EnrollmentView enrollment = enrollments.of(user.personId(), version.courseId())
                .filter(e -> e.versionId().equals(version.id())).orElseThrow(Ownership::hidden);
        return new Reader(enrollment);
    }

    private record Reader(EnrollmentView enrollment) {
    }
}
