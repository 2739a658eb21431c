package kz.edufusion.academy.domain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.academy.domain.quiz.QuestionKind;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo courses of the academy, once (when no course exists yet): the courses of
 * {@code academy/demo/courses.json}, written by the demo educator through the authoring services (so they are
 * validated, rendered and published as any course is), with their outcomes and checklist answers; the demo student
 * is enrolled in one, has completed its first lesson and handed in its assignment (ungraded, see
 * {@link DemoAssignments}). The Python course ends with a quiz holding one question of each kind (its completion rule
 * stays "every lesson", so the demo's lesson journey completes as before).
 */
@Component
@Profile("demo")
@Order(45)
class DemoAcademySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAcademySeeder.class);

    private final UserDetailsService users;
    private final Authoring authoring;
    private final CourseContent content;
    private final Learning learning;
    private final VersionStore versions;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final QuizAuthoring quizzes;
    private final DemoAssignments assignments;

    DemoAcademySeeder(UserDetailsService users, Authoring authoring, CourseContent content, Learning learning,
            VersionStore versions, JdbcClient jdbc, TransactionTemplate transaction, QuizAuthoring quizzes,
            DemoAssignments assignments) {
        this.users = users;
        this.authoring = authoring;
        this.content = content;
        this.learning = learning;
        this.versions = versions;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.quizzes = quizzes;
        this.assignments = assignments;
    }

    record DemoLesson(LocalizedText title, LocalizedText body, String videoLink, Integer minutes) {
    }

    record DemoModule(LocalizedText title, List<DemoLesson> lessons) {
    }

    record DemoCourse(CourseDetails details, List<DemoModule> modules, List<OutcomeInput> outcomes, List<ChecklistAnswer> checklist) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM academy.course").query(Long.class).single() > 0) {
            return;
        }
        CurrentUser educator = (CurrentUser) users.loadUserByUsername("educator@demo.edufusion.kz");
        CurrentUser student = (CurrentUser) users.loadUserByUsername("student@demo.edufusion.kz");
        List<DemoCourse> courses = read();
        transaction.executeWithoutResult(status -> {
            UUID first = null;
            for (DemoCourse course : courses) {
                UUID id = publish(educator, course);
                first = first == null ? id : first;
                if (course.details().tags().contains("python")) {
                    learning.enroll(student, id);
                    UUID lesson = jdbc.sql("SELECT l.id FROM academy.lesson l JOIN academy.course c ON c.published_version_id = l.version_id "
                            + "JOIN academy.course_module m ON m.id = l.module_id WHERE c.id = ? ORDER BY m.position, l.position LIMIT 1")
                            .param(id).query(UUID.class).single();
                    learning.open(student, lesson, "ru");
                    learning.complete(student, lesson);
                    assignments.submit(student, id);
                }
            }
        });
        log.info("Demo academy: {} published courses", courses.size());
    }

    private UUID publish(CurrentUser educator, DemoCourse course) {
        UUID courseId = authoring.create(educator, course.details());
        UUID versionId = versions.draftOf(courseId).orElseThrow().id();
        UUID lastModule = null;
        for (DemoModule module : course.modules()) {
            UUID moduleId = content.addModule(educator, versionId, module.title());
            lastModule = moduleId;
            for (DemoLesson lesson : module.lessons()) {
                content.addLesson(educator, moduleId, new LessonInput(lesson.title(), lesson.body(), lesson.videoLink(), lesson.minutes()));
            }
        }
        if (course.details().tags().contains("python") && lastModule != null) {
            pythonQuiz(educator, lastModule);
        }
        course.outcomes().forEach(o -> authoring.addOutcome(educator, versionId, o, Locale.ENGLISH));
        authoring.saveChecklist(educator, versionId, course.checklist());
        if (course.details().tags().contains("python")) {
            assignments.addTo(educator, versionId);
        }
        authoring.publish(educator, versionId);
        return courseId;
    }

    /** A quiz with one question of each kind the engine grades; 3 of the 4 are drawn per attempt. */
    private void pythonQuiz(CurrentUser educator, UUID moduleId) {
        UUID quizId = quizzes.addQuiz(educator, moduleId, new QuizInput(LocalizedText.of("Python: өзіңізді тексеріңіз",
                "Python: проверьте себя", "Python: check yourself"), 60, 3, 15, 3));
        quizzes.addQuestion(educator, quizId, new QuestionInput(QuestionKind.SINGLE_CHOICE,
                LocalizedText.of("print(2 ** 3) не шығарады?", "Что выведет print(2 ** 3)?", "What does print(2 ** 3) show?"), 1,
                List.of(new OptionInput(text("6"), false), new OptionInput(text("8"), true), new OptionInput(text("9"), false)),
                null, null, null));
        quizzes.addQuestion(educator, quizId, new QuestionInput(QuestionKind.MULTIPLE_CHOICE,
                LocalizedText.of("Қайсысы Python-дағы өзгермейтін түрлер?", "Какие типы Python неизменяемы?",
                        "Which Python types are immutable?"), 2,
                List.of(new OptionInput(text("tuple"), true), new OptionInput(text("list"), false), new OptionInput(text("str"), true),
                        new OptionInput(text("dict"), false)), null, null, null));
        quizzes.addQuestion(educator, quizId, new QuestionInput(QuestionKind.NUMERIC,
                LocalizedText.of("len(\"Astana\") неге тең?", "Чему равно len(\"Astana\")?", "What is len(\"Astana\")?"), 1, null,
                new BigDecimal("6"), BigDecimal.ZERO, null));
        quizzes.addQuestion(educator, quizId, new QuestionInput(QuestionKind.SHORT_TEXT,
                LocalizedText.of("Тізімге элемент қосатын әдіс (жақшасыз)", "Метод, добавляющий элемент в конец списка (без скобок)",
                        "The list method that adds an item at the end (no brackets)"), 1, null, null, null, List.of("append", "list.append")));
    }

    private static LocalizedText text(String same) {
        return LocalizedText.of(same, same, same);
    }

    private static List<DemoCourse> read() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = new ClassPathResource("academy/demo/courses.json").getInputStream()) {
            return List.of(json.readValue(in, DemoCourse[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the demo courses", e);
        }
    }
}
