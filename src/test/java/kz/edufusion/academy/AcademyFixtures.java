package kz.edufusion.academy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.academy.domain.Authoring;
import kz.edufusion.academy.domain.ChecklistAnswer;
import kz.edufusion.academy.domain.ChecklistItem;
import kz.edufusion.academy.domain.CourseContent;
import kz.edufusion.academy.domain.CourseDetails;
import kz.edufusion.academy.domain.InclusionMark;
import kz.edufusion.academy.domain.LessonInput;
import kz.edufusion.academy.domain.OutcomeInput;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.CurrentUser;

/** Courses made by a test, each with its own title, so tests never meet each other's courses. */
public final class AcademyFixtures {

    public static final String PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    private final Authoring authoring;
    private final CourseContent content;

    public AcademyFixtures(Authoring authoring, CourseContent content) {
        this.authoring = authoring;
        this.content = content;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static CourseDetails details(String title) {
        return new CourseDetails(LocalizedText.of(null, null, title), LocalizedText.of(null, null, "A test course"), null,
                CourseLevel.INTRODUCTORY, 10, java.math.BigDecimal.ONE, CourseFormat.SELF_PACED, Delivery.ONLINE, List.of("en", "kk"),
                List.of("test"), List.of());
    }

    /** A draft with one module and one lesson with this Markdown and one outcome; answers the course id. */
    public Draft draft(CurrentUser owner, String title, String markdown) {
        UUID courseId = authoring.create(owner, details(title));
        UUID versionId = authoring.overview(owner, courseId).version().id();
        UUID moduleId = content.addModule(owner, versionId, LocalizedText.of(null, null, "Module one"));
        UUID lessonId = content.addLesson(owner, moduleId, new LessonInput(LocalizedText.of(null, null, "Lesson one"),
                LocalizedText.of(null, null, markdown), null, 10));
        UUID second = content.addLesson(owner, moduleId, new LessonInput(LocalizedText.of(null, null, "Lesson two"),
                LocalizedText.of(null, null, "Second lesson."), null, 5));
        authoring.addOutcome(owner, versionId, new OutcomeInput(LocalizedText.of(null, null, "Writes Python"), PYTHON), Locale.ENGLISH);
        return new Draft(courseId, versionId, moduleId, lessonId, second);
    }

    public Draft published(CurrentUser owner, String title) {
        Draft draft = draft(owner, title, "# Hello\n\nPlain lesson.");
        authoring.publish(owner, draft.versionId());
        return draft;
    }

    /** Every item of the marks answered yes with evidence, the others no. */
    public static List<ChecklistAnswer> passing(InclusionMark... marks) {
        List<ChecklistAnswer> answers = new ArrayList<>();
        for (ChecklistItem item : ChecklistItem.values()) {
            boolean yes = List.of(marks).contains(item.mark());
            answers.add(new ChecklistAnswer(item, yes, yes ? "Checked by the test on " + item.name() : null));
        }
        return answers;
    }

    public record Draft(UUID courseId, UUID versionId, UUID moduleId, UUID lessonId, UUID secondLessonId) {
    }
}
