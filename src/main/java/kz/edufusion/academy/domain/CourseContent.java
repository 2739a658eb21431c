package kz.edufusion.academy.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Modules, lessons and their attachments in a draft. Saving a lesson renders its Markdown to safe HTML at once (the
 * owner's preview is what learners will get) and keeps both; an upload is checked whole (size, type by content,
 * extension, name) before anything is written, and re-renders the lesson so images naming it appear.
 */
@Service
@Transactional
public class CourseContent {

    private final ContentStore content;
    private final AttachmentStore attachments;
    private final VersionStore versions;
    private final Ownership ownership;
    private final DataSize imageLimit;
    private final DataSize fileLimit;

    CourseContent(ContentStore content, AttachmentStore attachments, VersionStore versions, Ownership ownership,
            @Value("${edufusion.academy.image-max-size:2MB}") DataSize imageLimit,
            @Value("${edufusion.academy.file-max-size:20MB}") DataSize fileLimit) {
        this.content = content;
        this.attachments = attachments;
        this.versions = versions;
        this.ownership = ownership;
        this.imageLimit = imageLimit;
        this.fileLimit = fileLimit;
    }

    public DataSize imageLimit() {
        return imageLimit;
    }

    public DataSize fileLimit() {
        return fileLimit;
    }

    public UUID addModule(CurrentUser user, UUID versionId, LocalizedText title) {
        ownership.editable(user, versionId);
        LocalizedText checked = moduleTitle(title);
        UUID id = UUID.randomUUID();
        content.insertModule(id, versionId, checked);
        versions.touch(versionId);
        return id;
    }

    public void renameModule(CurrentUser user, UUID moduleId, LocalizedText title) {
        editableOfModule(user, moduleId);
        content.renameModule(moduleId, moduleTitle(title));
    }

    public void moveModule(CurrentUser user, UUID moduleId, boolean up) {
        editableOfModule(user, moduleId);
        content.moveModule(moduleId, up);
    }

    public void deleteModule(CurrentUser user, UUID moduleId) {
        editableOfModule(user, moduleId);
        if (content.itemsIn(moduleId) > 0) {
            throw DomainProblem.conflict("academy.problem.moduleNotEmpty");
        }
        content.deleteModule(moduleId);
    }

    public UUID addLesson(CurrentUser user, UUID moduleId, LessonInput input) {
        UUID versionId = editableOfModule(user, moduleId);
        AcademyInputRejected.throwIfAny(input.problems());
        UUID id = UUID.randomUUID();
        content.insertLesson(id, versionId, moduleId, input, html(input.body(), Map.of()), embed(input));
        versions.touch(versionId);
        return id;
    }

    public void updateLesson(CurrentUser user, UUID lessonId, LessonInput input) {
        editableLesson(user, lessonId);
        AcademyInputRejected.throwIfAny(input.problems());
        content.updateLesson(lessonId, input, html(input.body(), attachments.names(lessonId)), embed(input));
    }

    public void moveLesson(CurrentUser user, UUID lessonId, boolean up) {
        editableLesson(user, lessonId);
        content.moveLesson(lessonId, up);
    }

    public void deleteLesson(CurrentUser user, UUID lessonId) {
        editableLesson(user, lessonId);
        content.deleteLesson(lessonId);
    }

    /** The lesson with its Markdown and attachments for its owner (any version; only a draft may change). */
    @Transactional(readOnly = true)
    public LessonEditing lessonForOwner(CurrentUser user, UUID lessonId) {
        LessonContent lesson = content.lesson(lessonId).orElseThrow(Ownership::hidden);
        VersionView version = ownership.ownedVersion(user, lesson.versionId());
        return new LessonEditing(version, lesson, attachments.ofLesson(lessonId));
    }

    /** A version of a course the user owns (any state). */
    @Transactional(readOnly = true)
    public VersionView ownedVersion(CurrentUser user, UUID versionId) {
        return ownership.ownedVersion(user, versionId);
    }

    /** The module's version, for its owner. */
    @Transactional(readOnly = true)
    public VersionView versionOfModule(CurrentUser user, UUID moduleId) {
        UUID versionId = content.moduleVersion(moduleId).orElseThrow(Ownership::hidden);
        return ownership.ownedVersion(user, versionId);
    }

    public AttachmentView attach(CurrentUser user, UUID lessonId, LessonUpload upload) {
        LessonContent lesson = editableLesson(user, lessonId);
        String name = fileName(upload);
        AttachmentTypes type = checked(upload, name, lessonId);
        UUID id = UUID.randomUUID();
        attachments.insert(id, lessonId, lesson.versionId(), type, name, upload.content());
        content.storeHtml(lessonId, html(lesson.markdown(), attachments.names(lessonId)));
        return attachments.ofLesson(lessonId).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    public void detach(CurrentUser user, UUID attachmentId) {
        UUID lessonId = attachments.lessonOf(attachmentId).orElseThrow(Ownership::hidden);
        LessonContent lesson = editableLesson(user, lessonId);
        attachments.delete(attachmentId);
        content.storeHtml(lessonId, html(lesson.markdown(), attachments.names(lessonId)));
    }

    private AttachmentTypes checked(LessonUpload upload, String name, UUID lessonId) {
        List<FieldProblem> problems = new ArrayList<>();
        AttachmentTypes type = null;
        if (upload == null || upload.empty()) {
            problems.add(new FieldProblem("file", "academy.validation.fileRequired"));
        } else if (upload.content().length > fileLimit.toBytes()) {
            problems.add(new FieldProblem("file", "academy.validation.fileTooLarge"));
        } else {
            type = AttachmentTypes.of(upload.content()).orElse(null);
            if (type == null || !type.fitsName(name)) {
                problems.add(new FieldProblem("file", "academy.validation.fileType"));
            } else if (type.image && upload.content().length > imageLimit.toBytes()) {
                problems.add(new FieldProblem("file", "academy.validation.imageTooLarge"));
            } else if (attachments.nameTaken(lessonId, name)) {
                problems.add(new FieldProblem("file", "academy.validation.fileNameTaken"));
            }
        }
        AcademyInputRejected.throwIfAny(problems);
        return type;
    }

    /** The name as sent without any folder, limited to letters, digits, dot, dash and underscore. */
    static String fileName(LessonUpload upload) {
        String raw = upload == null || upload.fileName() == null ? "" : upload.fileName();
        String base = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        String clean = base.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[.-]+", "");
        return clean.isEmpty() ? "file" : clean.length() > 120 ? clean.substring(clean.length() - 120) : clean;
    }

    private UUID editableOfModule(CurrentUser user, UUID moduleId) {
        UUID versionId = content.moduleVersion(moduleId).orElseThrow(Ownership::hidden);
        ownership.editable(user, versionId);
        return versionId;
    }

    private LessonContent editableLesson(CurrentUser user, UUID lessonId) {
        LessonContent lesson = content.lesson(lessonId).orElseThrow(Ownership::hidden);
        ownership.editable(user, lesson.versionId());
        return lesson;
    }

    private static LocalizedText moduleTitle(LocalizedText title) {
        LocalizedText stripped = Texts.stripped(title);
        List<FieldProblem> problems = new ArrayList<>();
        Texts.check(stripped, "title", true, 200, problems);
        AcademyInputRejected.throwIfAny(problems);
        return stripped;
    }

    private static LocalizedText html(LocalizedText markdown, Map<String, UUID> names) {
        return LessonMarkdown.render(markdown, names);
    }

    private static String embed(LessonInput input) {
        return VideoLinks.embed(input.videoLink()).orElse(null);
    }
}
