package kz.edufusion.academy.domain;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.academy.domain.quiz.QuestionKind;
import kz.edufusion.common.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Quizzes, their questions, options and accepted answers (version content, frozen with the version by the
 * database trigger), and attempts with their answers (an enrollment's, writable after publishing). Also the quiz
 * source of graded items for the completion rule: a quiz counts as passed when any attempt at a quiz with the same
 * quiz key passed, so passes follow a learner who moves to a newer version, as completed lessons do.
 */
@Repository
class QuizStore implements GradedItemSource {

    private static final String QUIZ = "q.id, q.version_id, q.module_id, q.quiz_key, q.position, q.title_kk, q.title_ru, "
            + "q.title_en, q.pass_percent, q.max_attempts, q.time_limit_minutes, q.draw_count";
    private static final String ATTEMPT = "a.id, a.enrollment_id, a.quiz_id, a.number, a.seed, a.drawn, a.started_at, "
            + "a.deadline, a.submitted_at, a.score, a.passed";

    private final JdbcClient jdbc;

    QuizStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- content of a version

    void insertQuiz(UUID id, UUID versionId, UUID moduleId, QuizInput in) {
        jdbc.sql("INSERT INTO academy.quiz (id, version_id, module_id, quiz_key, position, title_kk, title_ru, title_en, "
                        + "pass_percent, max_attempts, time_limit_minutes, draw_count) SELECT ?, ?, ?, ?, coalesce(max(position), 0) + 1, "
                        + "?, ?, ?, ?, ?, ?, ? FROM academy.quiz WHERE module_id = ?")
                .params(id, versionId, moduleId, UUID.randomUUID(), in.title().kk(), in.title().ru(), in.title().en(),
                        in.passPercent(), in.maxAttempts(), in.timeLimitMinutes(), in.drawCount(), moduleId)
                .update();
    }

    void updateQuiz(UUID id, QuizInput in) {
        jdbc.sql("UPDATE academy.quiz SET title_kk = ?, title_ru = ?, title_en = ?, pass_percent = ?, max_attempts = ?, "
                        + "time_limit_minutes = ?, draw_count = ? WHERE id = ?")
                .params(in.title().kk(), in.title().ru(), in.title().en(), in.passPercent(), in.maxAttempts(),
                        in.timeLimitMinutes(), in.drawCount(), id)
                .update();
    }

    void deleteQuiz(UUID id) {
        jdbc.sql("DELETE FROM academy.quiz WHERE id = ?").param(id).update();
    }

    Optional<QuizView> quiz(UUID id) {
        return jdbc.sql("SELECT " + QUIZ + " FROM academy.quiz q WHERE q.id = ?").param(id).query(QuizStore::quiz).optional();
    }

    /** The version's quizzes in the order of the outline: by module, then by position in it. */
    List<QuizView> quizzesOf(UUID versionId) {
        return jdbc.sql("SELECT " + QUIZ + " FROM academy.quiz q JOIN academy.course_module m ON m.id = q.module_id "
                + "WHERE q.version_id = ? ORDER BY m.position, q.position, q.id").param(versionId).query(QuizStore::quiz).list();
    }

    int quizzesIn(UUID moduleId) {
        return jdbc.sql("SELECT count(*) FROM academy.quiz WHERE module_id = ?").param(moduleId).query(Integer.class).single();
    }

    void insertQuestion(UUID id, UUID versionId, UUID quizId, QuestionInput in) {
        jdbc.sql("INSERT INTO academy.quiz_question (id, version_id, quiz_id, question_key, position, kind, text_kk, text_ru, "
                        + "text_en, points, expected, tolerance) SELECT ?, ?, ?, ?, coalesce(max(position), 0) + 1, ?, ?, ?, ?, ?, ?, ? "
                        + "FROM academy.quiz_question WHERE quiz_id = ?")
                .params(id, versionId, quizId, UUID.randomUUID(), in.kind().name(), in.text().kk(), in.text().ru(), in.text().en(),
                        in.points(), numericOnly(in, in.expected()), tolerance(in), quizId)
                .update();
        writeAnswers(id, versionId, in);
    }

    void replaceQuestion(UUID id, UUID versionId, QuestionInput in) {
        jdbc.sql("UPDATE academy.quiz_question SET kind = ?, text_kk = ?, text_ru = ?, text_en = ?, points = ?, expected = ?, "
                        + "tolerance = ? WHERE id = ?")
                .params(in.kind().name(), in.text().kk(), in.text().ru(), in.text().en(), in.points(),
                        numericOnly(in, in.expected()), tolerance(in), id)
                .update();
        jdbc.sql("DELETE FROM academy.quiz_option WHERE question_id = ?").param(id).update();
        jdbc.sql("DELETE FROM academy.quiz_accepted_answer WHERE question_id = ?").param(id).update();
        writeAnswers(id, versionId, in);
    }

    void deleteQuestion(UUID id) {
        jdbc.sql("DELETE FROM academy.quiz_question WHERE id = ?").param(id).update();
    }

    /** The question's quiz, for the ownership check of a change. */
    Optional<UUID> quizOf(UUID questionId) {
        return jdbc.sql("SELECT quiz_id FROM academy.quiz_question WHERE id = ?").param(questionId).query(UUID.class).optional();
    }

    /** The quiz's questions in order, each with its options and accepted answers (three queries, not one per question). */
    List<QuestionView> questions(UUID quizId) {
        return questionsWhere("quiz_id = ?", quizId);
    }

    /** The questions with these ids, in the order given (an attempt's draw). */
    List<QuestionView> questions(List<UUID> ids) {
        Map<UUID, QuestionView> byId = new LinkedHashMap<>();
        questionsWhere("id = ANY(?)", ids.toArray(UUID[]::new)).forEach(q -> byId.put(q.id(), q));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    int bankSize(UUID quizId) {
        return jdbc.sql("SELECT count(*) FROM academy.quiz_question WHERE quiz_id = ?").param(quizId).query(Integer.class).single();
    }

    List<UUID> bank(UUID quizId) {
        return jdbc.sql("SELECT id FROM academy.quiz_question WHERE quiz_id = ?").param(quizId).query(UUID.class).list();
    }

    void setCompletionRule(UUID versionId, CompletionRule rule) {
        jdbc.sql("UPDATE academy.course_version SET completion_rule = ?, updated_at = now() WHERE id = ? AND status = 'DRAFT'")
                .params(rule.name(), versionId).update();
    }

    CompletionRule completionRule(UUID versionId) {
        return jdbc.sql("SELECT completion_rule FROM academy.course_version WHERE id = ?").param(versionId)
                .query((rs, n) -> CompletionRule.valueOf(rs.getString(1))).single();
    }

    /** Counts the quizzes into the draft's row just before it is published (then frozen with it). */
    void freezeCount(UUID versionId) {
        jdbc.sql("UPDATE academy.course_version SET quiz_count = (SELECT count(*) FROM academy.quiz WHERE version_id = ?) "
                + "WHERE id = ? AND status = 'DRAFT'").params(versionId, versionId).update();
    }

    /**
     * Copies the quizzes of a version into a new draft, keeping quiz and question keys and the completion rule. The
     * copied modules are found through their lessons' keys (a published module always holds a lesson), so this needs
     * nothing of the module copy but its result.
     */
    void copy(UUID from, UUID to) {
        jdbc.sql("UPDATE academy.course_version SET completion_rule = (SELECT completion_rule FROM academy.course_version "
                + "WHERE id = ?) WHERE id = ? AND status = 'DRAFT'").params(from, to).update();
        jdbc.sql("CREATE TEMP TABLE IF NOT EXISTS academy_quiz_copy_ids (old_id uuid PRIMARY KEY, new_id uuid NOT NULL) "
                + "ON COMMIT DROP").update();
        jdbc.sql("INSERT INTO academy_quiz_copy_ids SELECT id, gen_random_uuid() FROM academy.quiz WHERE version_id = ? "
                + "UNION ALL SELECT id, gen_random_uuid() FROM academy.quiz_question WHERE version_id = ?").params(from, from).update();
        jdbc.sql("INSERT INTO academy.quiz (id, version_id, module_id, quiz_key, position, title_kk, title_ru, title_en, "
                        + "pass_percent, max_attempts, time_limit_minutes, draw_count) "
                        + "SELECT c.new_id, ?, (SELECT n.module_id FROM academy.lesson o JOIN academy.lesson n ON n.lesson_key = o.lesson_key "
                        + "AND n.version_id = ? WHERE o.module_id = q.module_id LIMIT 1), q.quiz_key, q.position, q.title_kk, q.title_ru, "
                        + "q.title_en, q.pass_percent, q.max_attempts, q.time_limit_minutes, q.draw_count "
                        + "FROM academy.quiz q JOIN academy_quiz_copy_ids c ON c.old_id = q.id WHERE q.version_id = ?")
                .params(to, to, from).update();
        jdbc.sql("INSERT INTO academy.quiz_question (id, version_id, quiz_id, question_key, position, kind, text_kk, text_ru, "
                        + "text_en, points, expected, tolerance) SELECT c.new_id, ?, cq.new_id, x.question_key, x.position, x.kind, "
                        + "x.text_kk, x.text_ru, x.text_en, x.points, x.expected, x.tolerance FROM academy.quiz_question x "
                        + "JOIN academy_quiz_copy_ids c ON c.old_id = x.id JOIN academy_quiz_copy_ids cq ON cq.old_id = x.quiz_id "
                        + "WHERE x.version_id = ?")
                .params(to, from).update();
        jdbc.sql("INSERT INTO academy.quiz_option (id, version_id, question_id, position, text_kk, text_ru, text_en, correct) "
                + "SELECT gen_random_uuid(), ?, c.new_id, o.position, o.text_kk, o.text_ru, o.text_en, o.correct "
                + "FROM academy.quiz_option o JOIN academy_quiz_copy_ids c ON c.old_id = o.question_id WHERE o.version_id = ?")
                .params(to, from).update();
        jdbc.sql("INSERT INTO academy.quiz_accepted_answer (id, version_id, question_id, position, answer) "
                + "SELECT gen_random_uuid(), ?, c.new_id, a.position, a.answer FROM academy.quiz_accepted_answer a "
                + "JOIN academy_quiz_copy_ids c ON c.old_id = a.question_id WHERE a.version_id = ?").params(to, from).update();
        jdbc.sql("DELETE FROM academy_quiz_copy_ids").update();
    }

    // ---- attempts

    /** Locks the enrollment's row: starts of attempts by one learner take turns, so the attempt limit holds. */
    void lockEnrollment(UUID enrollmentId) {
        jdbc.sql("SELECT id FROM academy.enrollment WHERE id = ? FOR UPDATE").param(enrollmentId).query(UUID.class).single();
    }

    List<AttemptRow> attempts(UUID enrollmentId, UUID quizId) {
        return jdbc.sql("SELECT " + ATTEMPT + " FROM academy.quiz_attempt a WHERE a.enrollment_id = ? AND a.quiz_id = ? "
                + "ORDER BY a.number").params(enrollmentId, quizId).query(QuizStore::attempt).list();
    }

    Optional<AttemptRow> attempt(UUID id) {
        return jdbc.sql("SELECT " + ATTEMPT + " FROM academy.quiz_attempt a WHERE a.id = ?").param(id).query(QuizStore::attempt)
                .optional();
    }

    void insertAttempt(AttemptRow a) {
        jdbc.sql("INSERT INTO academy.quiz_attempt (id, enrollment_id, quiz_id, number, seed, drawn, started_at, deadline) "
                        + "VALUES (?, ?, ?, ?, ?, ?::uuid[], ?, ?)")
                .params(a.id(), a.enrollmentId(), a.quizId(), a.number(), a.seed(), a.drawn().toArray(UUID[]::new),
                        Timestamp.from(a.startedAt()), a.deadline() == null ? null : Timestamp.from(a.deadline()))
                .update();
    }

    /** Sets the grade once: false when the attempt was already submitted (a second submit at the same time). */
    boolean grade(UUID attemptId, Instant at, BigDecimal score, boolean passed) {
        return jdbc.sql("UPDATE academy.quiz_attempt SET submitted_at = ?, score = ?, passed = ? WHERE id = ? AND submitted_at IS NULL")
                .params(Timestamp.from(at), score, passed, attemptId).update() == 1;
    }

    void insertAnswer(UUID attemptId, UUID questionId, List<UUID> chosen, String text, BigDecimal points, int maxPoints) {
        jdbc.sql("INSERT INTO academy.quiz_attempt_answer (attempt_id, question_id, chosen, answer_text, points, max_points, correct) "
                        + "VALUES (?, ?, ?::uuid[], ?, ?, ?, ?)")
                .params(attemptId, questionId, chosen.toArray(UUID[]::new), text, points, maxPoints,
                        points.compareTo(BigDecimal.valueOf(maxPoints)) >= 0)
                .update();
    }

    /** Points earned per drawn question of a graded attempt. */
    Map<UUID, BigDecimal> answerPoints(UUID attemptId) {
        Map<UUID, BigDecimal> points = new LinkedHashMap<>();
        jdbc.sql("SELECT question_id, points FROM academy.quiz_attempt_answer WHERE attempt_id = ?").param(attemptId)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getBigDecimal(2))).list()
                .forEach(e -> points.put(e.getKey(), e.getValue()));
        return points;
    }

    /** Per enrollment of the course and per quiz key: best score, attempts submitted, passed. */
    List<QuizMarkRow> marksOfCourse(UUID courseId) {
        return jdbc.sql("SELECT a.enrollment_id, q.quiz_key, max(a.score), count(a.submitted_at), coalesce(bool_or(a.passed), false) "
                        + "FROM academy.quiz_attempt a JOIN academy.quiz q ON q.id = a.quiz_id "
                        + "JOIN academy.enrollment e ON e.id = a.enrollment_id WHERE e.course_id = ? GROUP BY a.enrollment_id, q.quiz_key")
                .param(courseId)
                .query((rs, n) -> new QuizMarkRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        new QuizMark(rs.getBigDecimal(3), rs.getInt(4), rs.getBoolean(5))))
                .list();
    }

    @Override
    public GradedItems count(UUID enrollmentId, UUID versionId) {
        return jdbc.sql("SELECT (SELECT count(*) FROM academy.quiz WHERE version_id = ?), "
                        + "(SELECT count(*) FROM academy.quiz q WHERE q.version_id = ? AND EXISTS (SELECT 1 FROM academy.quiz_attempt a "
                        + "JOIN academy.quiz p ON p.id = a.quiz_id WHERE a.enrollment_id = ? AND a.passed AND p.quiz_key = q.quiz_key))")
                .params(versionId, versionId, enrollmentId)
                .query((rs, n) -> new GradedItems(rs.getInt(1), rs.getInt(2))).single();
    }

    private List<QuestionView> questionsWhere(String condition, Object argument) {
        Map<UUID, List<OptionView>> options = new LinkedHashMap<>();
        jdbc.sql("SELECT question_id, id, text_kk, text_ru, text_en, correct FROM academy.quiz_option WHERE question_id IN "
                        + "(SELECT id FROM academy.quiz_question WHERE " + condition + ") ORDER BY position, id").param(argument)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new OptionView(rs.getObject(2, UUID.class),
                        LocalizedText.of(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getBoolean(6))))
                .list().forEach(e -> options.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<UUID, List<String>> accepted = new LinkedHashMap<>();
        jdbc.sql("SELECT question_id, answer FROM academy.quiz_accepted_answer WHERE question_id IN "
                        + "(SELECT id FROM academy.quiz_question WHERE " + condition + ") ORDER BY position").param(argument)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list()
                .forEach(e -> accepted.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return jdbc.sql("SELECT id, question_key, position, kind, text_kk, text_ru, text_en, points, expected, tolerance "
                        + "FROM academy.quiz_question WHERE " + condition + " ORDER BY position, id").param(argument)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new QuestionView(id, rs.getObject(2, UUID.class), rs.getInt(3), QuestionKind.valueOf(rs.getString(4)),
                            LocalizedText.of(rs.getString(5), rs.getString(6), rs.getString(7)), rs.getInt(8),
                            List.copyOf(options.getOrDefault(id, List.of())), rs.getBigDecimal(9), rs.getBigDecimal(10),
                            List.copyOf(accepted.getOrDefault(id, List.of())));
                })
                .list();
    }

    private void writeAnswers(UUID questionId, UUID versionId, QuestionInput in) {
        boolean choice = in.kind() == QuestionKind.SINGLE_CHOICE || in.kind() == QuestionKind.MULTIPLE_CHOICE;
        if (choice) {
            for (int i = 0; i < in.options().size(); i++) {
                OptionInput o = in.options().get(i);
                jdbc.sql("INSERT INTO academy.quiz_option (id, version_id, question_id, position, text_kk, text_ru, text_en, correct) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID(), versionId, questionId, i + 1, o.text().kk(), o.text().ru(), o.text().en(), o.correct())
                        .update();
            }
        }
        if (in.kind() == QuestionKind.SHORT_TEXT) {
            for (int i = 0; i < in.acceptedAnswers().size(); i++) {
                jdbc.sql("INSERT INTO academy.quiz_accepted_answer (id, version_id, question_id, position, answer) VALUES (?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID(), versionId, questionId, i + 1, in.acceptedAnswers().get(i)).update();
            }
        }
    }

    private static BigDecimal numericOnly(QuestionInput in, BigDecimal value) {
        return in.kind() == QuestionKind.NUMERIC ? value : null;
    }

    private static BigDecimal tolerance(QuestionInput in) {
        return in.kind() == QuestionKind.NUMERIC && in.tolerance() != null ? in.tolerance() : BigDecimal.ZERO;
    }

    private static QuizView quiz(ResultSet rs, int row) throws SQLException {
        return new QuizView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class), rs.getInt(5), LocalizedText.of(rs.getString(6), rs.getString(7), rs.getString(8)),
                rs.getInt(9), rs.getInt(10), (Integer) rs.getObject(11), rs.getInt(12));
    }

    private static AttemptRow attempt(ResultSet rs, int row) throws SQLException {
        return new AttemptRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getInt(4),
                rs.getLong(5), uuids(rs.getArray(6)), VersionStore.instant(rs.getTimestamp(7)), VersionStore.instant(rs.getTimestamp(8)),
                VersionStore.instant(rs.getTimestamp(9)), rs.getBigDecimal(10), (Boolean) rs.getObject(11));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }

    record QuizMarkRow(UUID enrollmentId, UUID quizKey, QuizMark mark) {
    }
}
