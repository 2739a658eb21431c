package kz.edufusion.academy.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course owner's gradebook (404 for anyone else): per learner lessons done, per quiz best score and attempts,
 * passed and completed. The columns are the quizzes of the published version; a learner still on an older version
 * is matched by quiz key, the key that names a quiz across versions. Also as CSV, every learner at once.
 */
@Service
@Transactional(readOnly = true)
public class Gradebook {

    private final Ownership ownership;
    private final VersionStore versions;
    private final EnrollmentStore enrollments;
    private final QuizStore quizzes;
    private final IdentityDirectory directory;

    Gradebook(Ownership ownership, VersionStore versions, EnrollmentStore enrollments, QuizStore quizzes,
            IdentityDirectory directory) {
        this.ownership = ownership;
        this.versions = versions;
        this.enrollments = enrollments;
        this.quizzes = quizzes;
        this.directory = directory;
    }

    public GradebookView of(CurrentUser user, UUID courseId, PageQuery page) {
        CourseRow course = ownership.owned(user, courseId);
        UUID versionId = Optional.ofNullable(course.publishedVersionId())
                .orElseGet(() -> versions.draftOf(courseId).orElseThrow(Ownership::hidden).id());
        VersionView version = versions.version(versionId).orElseThrow(Ownership::hidden);
        List<QuizView> columns = quizzes.quizzesOf(versionId);
        Map<UUID, Map<UUID, QuizMark>> marks = new HashMap<>();
        quizzes.marksOfCourse(courseId).forEach(m -> marks.computeIfAbsent(m.enrollmentId(), k -> new HashMap<>())
                .put(m.quizKey(), m.mark()));
        List<GradebookRow> rows = enrollments.ofCourse(courseId, page).stream().map(e -> {
            Map<UUID, QuizMark> mine = marks.getOrDefault(e.id(), Map.of());
            List<QuizMark> row = columns.stream().map(q -> mine.getOrDefault(q.quizKey(), QuizMark.NONE)).toList();
            Optional<PersonView> person = directory.person(e.learnerId());
            BigDecimal mastery = Mastery.of(row);
            return new GradebookRow(person.map(PersonView::fullName).orElse(""), person.map(PersonView::email).orElse(""), e, row,
                    row.stream().allMatch(QuizMark::passed), mastery);
        }).toList();
        return new GradebookView(courseId, version.details().title(), quizzes.completionRule(versionId), columns,
                PageResponse.of(rows, page, enrollments.countOf(courseId)));
    }

    /** Every learner as CSV (RFC 4180, a header line, quiz columns titled in the given language). */
    public String csv(CurrentUser user, UUID courseId, String language) {
        StringBuilder out = new StringBuilder();
        GradebookView first = of(user, courseId, new PageQuery(0, PageQuery.MAX_SIZE));
        out.append(line(header(first, language)));
        GradebookView page = first;
        int number = 0;
        while (true) {
            page.learners().items().forEach(r -> out.append(line(cells(r))));
            if ((long) (number + 1) * PageQuery.MAX_SIZE >= page.learners().totalItems()) {
                break;
            }
            number++;
            page = of(user, courseId, new PageQuery(number, PageQuery.MAX_SIZE));
        }
        return out.toString();
    }

    private static List<String> header(GradebookView view, String language) {
        List<String> header = new java.util.ArrayList<>(List.of("name", "email", "version", "lessons_done", "lessons"));
        view.quizzes().forEach(q -> {
            header.add(q.title().in(language) + " best %");
            header.add(q.title().in(language) + " attempts");
        });
        header.addAll(List.of("all_quizzes_passed", "mastery_%", "completed_at"));
        return header;
    }

    private static List<String> cells(GradebookRow r) {
        List<String> cells = new java.util.ArrayList<>(List.of(r.name(), r.email(), String.valueOf(r.enrollment().versionNumber()),
                String.valueOf(r.enrollment().completedLessons()), String.valueOf(r.enrollment().lessonCount())));
        r.marks().forEach(m -> {
            cells.add(m.best() == null ? "" : m.best().toPlainString());
            cells.add(String.valueOf(m.attempts()));
        });
        cells.add(String.valueOf(r.allPassed()));
        cells.add(r.mastery() == null ? "" : r.mastery().toPlainString());
        cells.add(r.enrollment().completedAt() == null ? "" : r.enrollment().completedAt().toString());
        return cells;
    }

    private static String line(List<String> cells) {
        return String.join(",", cells.stream().map(Gradebook::quote).toList()) + "\r\n";
    }

    /** Quotes a cell when needed; a cell starting with = + - @ gets a leading ' so a spreadsheet never runs it. */
    static String quote(String cell) {
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
        boolean needsQuotes = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return needsQuotes ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
