package kz.edufusion.academy.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.academy.CourseVersionPublished;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A course's life as its owner sees it: create it (version 1, a draft), change the draft's details, outcomes and
 * checklist answers, publish it (the lessons' HTML is rendered one last time, the lesson count frozen, and from then
 * on neither this service nor the database lets the version change), and start the next draft as a copy of the
 * published version. Publishing and new drafts of one course take turns on the course's row lock.
 */
@Service
@Transactional
public class Authoring {

    private final VersionStore versions;
    private final ContentStore content;
    private final AttachmentStore attachments;
    private final Ownership ownership;
    private final SkillPicker skills;
    private final EnrollmentStore enrollments;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final QuizAuthoring quizzes;
    private final AssignmentVersions assignments;

    Authoring(VersionStore versions, ContentStore content, AttachmentStore attachments, Ownership ownership, SkillPicker skills,
            EnrollmentStore enrollments, AuditLog audit, ApplicationEventPublisher events, QuizAuthoring quizzes,
            AssignmentVersions assignments) {
        this.versions = versions;
        this.content = content;
        this.attachments = attachments;
        this.ownership = ownership;
        this.skills = skills;
        this.enrollments = enrollments;
        this.audit = audit;
        this.events = events;
        this.quizzes = quizzes;
        this.assignments = assignments;
    }

    /** A new course with its first draft; the owner is the caller, the organization where they teach. */
    public UUID create(CurrentUser user, CourseDetails details) {
        if (!Ownership.mayAuthor(user)) {
            throw Ownership.notAuthor();
        }
        UUID organization = Ownership.authorOrganization(user).orElseThrow(Ownership::notAuthor);
        check(details, null);
        UUID courseId = UUID.randomUUID();
        versions.insertCourse(courseId, user.personId(), organization);
        versions.insertDraft(UUID.randomUUID(), courseId, 1, details, user.personId(), null);
        audit.record("academy.course.created", "course", courseId, null);
        return courseId;
    }

    /** The problems of details as a whole (for forms that show them beside their own reading errors). */
    @Transactional(readOnly = true)
    public List<FieldProblem> problems(CourseDetails details, UUID courseId) {
        List<FieldProblem> problems = new ArrayList<>(details.problems());
        List<UUID> published = versions.publishedTitles(details.prerequisites()).stream().map(CourseTitle::courseId).toList();
        if (!published.containsAll(details.prerequisites()) || courseId != null && details.prerequisites().contains(courseId)) {
            problems.add(new FieldProblem("prerequisites", "academy.validation.prerequisites"));
        }
        return problems;
    }

    public void updateDetails(CurrentUser user, UUID versionId, CourseDetails details) {
        VersionView version = ownership.editable(user, versionId);
        check(details, version.courseId());
        if (versions.updateDraft(versionId, details) != 1) {
            throw DomainProblem.conflict("academy.problem.versionFrozen");
        }
    }

    @Transactional(readOnly = true)
    public AuthoringView overview(CurrentUser user, UUID courseId) {
        CourseRow course = ownership.owned(user, courseId);
        VersionView version = versions.draftOf(courseId)
                .or(() -> versions.version(course.publishedVersionId())).orElseThrow(Ownership::hidden);
        return new AuthoringView(courseId, course.publishedVersionId(), version, content.outline(version.id(), null),
                content.outcomes(version.id()), Checklist.of(content.checklist(version.id())),
                versions.publishedTitles(version.details().prerequisites()), versions.versions(courseId),
                enrollments.countOf(courseId));
    }

    /** The courses the user owns, each with its newest version. */
    @Transactional(readOnly = true)
    public List<VersionView> mine(CurrentUser user) {
        return versions.newestOfOwner(user.personId());
    }

    /** Published courses other than this one, for the prerequisites picker. */
    @Transactional(readOnly = true)
    public List<CourseTitle> prerequisiteChoices(UUID courseId) {
        return versions.publishedTitles(null).stream().filter(c -> !c.courseId().equals(courseId)).toList();
    }

    public void addOutcome(CurrentUser user, UUID versionId, OutcomeInput input, Locale locale) {
        ownership.editable(user, versionId);
        List<FieldProblem> problems = new ArrayList<>(input.problems());
        var skill = input.skill() == null ? null : skills.resolve(input.skill(), locale).orElse(null);
        if (input.skill() != null && skill == null) {
            problems.add(new FieldProblem("skill", "academy.validation.skillUnknown"));
        }
        AcademyInputRejected.throwIfAny(problems);
        content.insertOutcome(versionId, input.text(), skill.uri(), skill.label());
        versions.touch(versionId);
    }

    public void deleteOutcome(CurrentUser user, UUID versionId, UUID outcomeId) {
        ownership.editable(user, versionId);
        if (content.deleteOutcome(versionId, outcomeId) != 1) {
            throw Ownership.hidden();
        }
    }

    /** Replaces the answers of both checklists and recomputes the marks they earn. */
    public Checklist saveChecklist(CurrentUser user, UUID versionId, List<ChecklistAnswer> answers) {
        ownership.editable(user, versionId);
        Checklist checklist = Checklist.of(answers);
        AcademyInputRejected.throwIfAny(checklist.problems());
        content.replaceChecklist(versionId, checklist);
        versions.setMarks(versionId, checklist.passes(InclusionMark.GENDER_INCLUSIVE), checklist.passes(InclusionMark.CLIMATE_NEUTRAL));
        return checklist;
    }

    /**
     * Publishes the draft: it needs at least one lesson and one learning outcome, no empty module, and quizzes that
     * meet {@link kz.edufusion.academy.domain.quiz.QuizDefinitionRules}. The lessons'
     * HTML is rendered again from their Markdown and attachments (what the learner will be served, once), then the
     * version is frozen and the catalog shows it. Learners enrolled in an earlier version stay on theirs.
     */
    public VersionView publish(CurrentUser user, UUID versionId) {
        VersionView version = ownership.editable(user, versionId);
        ownership.lockOwned(user, version.courseId());
        List<ModuleView> outline = content.outline(versionId, null);
        int lessons = outline.stream().mapToInt(m -> m.lessons().size()).sum();
        if (lessons == 0) {
            throw DomainProblem.conflict("academy.problem.noLessons");
        }
        if (outline.stream().anyMatch(m -> m.lessons().isEmpty())) {
            throw DomainProblem.conflict("academy.problem.emptyModule");
        }
        if (content.outcomes(versionId).isEmpty()) {
            throw DomainProblem.conflict("academy.problem.noOutcomes");
        }
        quizzes.checkPublishable(versionId);
        assignments.refuseInvalid(versionId);
        content.lessonsOf(versionId).forEach(this::render);
        if (!versions.publish(versionId, user.personId(), lessons)) {
            throw DomainProblem.conflict("academy.problem.versionFrozen");
        }
        versions.showInCatalog(version.courseId(), versionId);
        audit.record("academy.version.published", "course", version.courseId(), "version " + version.number());
        events.publishEvent(new CourseVersionPublished(version.courseId(), versionId, version.number(), user.personId(), Instant.now()));
        return versions.version(versionId).orElseThrow();
    }

    /** The course's draft: the one there is, or a new one copied from the published version. */
    public VersionView startDraft(CurrentUser user, UUID courseId) {
        CourseRow course = ownership.lockOwned(user, courseId);
        var existing = versions.draftOf(courseId);
        if (existing.isPresent()) {
            return existing.get();
        }
        VersionView published = versions.version(course.publishedVersionId()).orElseThrow(Ownership::hidden);
        UUID draftId = UUID.randomUUID();
        versions.insertDraft(draftId, courseId, versions.nextNumber(courseId), published.details(), user.personId(), published.id());
        content.copy(published.id(), draftId);
        quizzes.copy(published.id(), draftId);
        assignments.copy(published.id(), draftId);
        versions.setMarks(draftId, published.genderInclusive(), published.climateNeutral());
        // the copied attachments have new ids: the lessons' images and links must point at them
        content.lessonsOf(draftId).forEach(this::render);
        audit.record("academy.version.drafted", "course", courseId, "from version " + published.number());
        return versions.version(draftId).orElseThrow();
    }

    void render(LessonContent lesson) {
        content.storeHtml(lesson.id(), LessonMarkdown.render(lesson.markdown(), attachments.names(lesson.id())));
    }

    private void check(CourseDetails details, UUID courseId) {
        AcademyInputRejected.throwIfAny(problems(details, courseId));
    }
}
