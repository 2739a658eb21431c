package kz.edufusion.academy.domain;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.CurrentUser;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's assignment: the Python course's last module gets a small project graded by a two-criterion rubric
 * (written through the authoring service before the course is published), and the demo student hands in an attempt
 * that waits in the demo educator's grading queue.
 */
@Component
@Profile("demo")
class DemoAssignments {

    private final AssignmentAuthoring authoring;
    private final AssignmentWork work;
    private final ContentStore content;
    private final VersionStore versions;

    DemoAssignments(AssignmentAuthoring authoring, AssignmentWork work, ContentStore content, VersionStore versions) {
        this.authoring = authoring;
        this.work = work;
        this.content = content;
        this.versions = versions;
    }

    /** Adds the project to the draft's last module. */
    void addTo(CurrentUser educator, UUID versionId) {
        List<ModuleView> modules = content.outline(versionId, null);
        UUID moduleId = modules.get(modules.size() - 1).id();
        UUID id = authoring.create(educator, moduleId, new AssignmentInput(
                LocalizedText.of("Шағын жоба: пәтер бағасының калькуляторы", "Мини-проект: калькулятор стоимости квартиры",
                        "Mini project: a flat price calculator"),
                LocalizedText.of("Аудан мен бір шаршы метр бағасын сұрап, жалпы бағаны шығаратын Python бағдарламасын жазыңыз.\n\n"
                                + "Кодты мәтін ретінде қойыңыз немесе PDF файлын тіркеңіз.",
                        "Напишите программу на Python, которая спрашивает площадь и цену квадратного метра и выводит общую стоимость.\n\n"
                                + "Вставьте код текстом или приложите PDF.",
                        "Write a Python program that asks for the area and the price per square metre and prints the total price.\n\n"
                                + "Paste the code as text or attach a PDF."),
                60, true, true, 5, 14, Resubmission.UNTIL_PASSED));
        authoring.addCriterion(educator, id, new CriterionInput(
                LocalizedText.of("Дұрыстығы", "Правильность", "Correctness"),
                LocalizedText.of("Бағдарлама дұрыс нәтиже береді", "Программа даёт верный результат", "The program gives the right result"),
                List.of(level("Толық дұрыс", "Полностью верно", "Fully correct", 4),
                        level("Кейде қате", "Иногда ошибается", "Sometimes wrong", 2),
                        level("Жұмыс істемейді", "Не работает", "Does not run", 0))));
        authoring.addCriterion(educator, id, new CriterionInput(
                LocalizedText.of("Оқылуы", "Читаемость", "Readability"),
                LocalizedText.of("Атаулар мен түсініктемелер", "Имена и комментарии", "Names and comments"),
                List.of(level("Түсінікті", "Понятно", "Clear", 2), level("Түсініксіз", "Непонятно", "Unclear", 0))));
    }

    /** The student's first attempt at the course's assignment, left ungraded. */
    void submit(CurrentUser student, UUID courseId) {
        UUID versionId = versions.course(courseId).orElseThrow().publishedVersionId();
        UUID assignmentId = authoring.outlineIds(versionId).get(0);
        work.submit(student, assignmentId, new SubmissionUpload(
                "area = float(input(\"Area, m2: \"))\nprice = float(input(\"Price per m2: \"))\nprint(\"Total:\", area * price)",
                null, null));
    }

    private static LevelInput level(String kk, String ru, String en, int points) {
        return new LevelInput(LocalizedText.of(kk, ru, en), points, null);
    }
}
