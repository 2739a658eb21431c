package kz.edufusion.academy.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lesson attachments as bytea rows; lists never read the bytes. */
@Repository
class AttachmentStore {

    private final JdbcClient jdbc;

    AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID lessonId, UUID versionId, AttachmentTypes type, String fileName, byte[] content) {
        jdbc.sql("INSERT INTO academy.lesson_attachment (id, lesson_id, version_id, kind, file_name, content_type, size_bytes, content) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, lessonId, versionId, type.image ? "IMAGE" : "FILE", fileName, type.contentType, content.length, content)
                .update();
    }

    List<AttachmentView> ofLesson(UUID lessonId) {
        return jdbc.sql("SELECT id, lesson_id, kind, file_name, content_type, size_bytes FROM academy.lesson_attachment "
                        + "WHERE lesson_id = ? ORDER BY file_name").param(lessonId)
                .query((rs, n) -> new AttachmentView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        "IMAGE".equals(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getInt(6)))
                .list();
    }

    /** File name -> id, for the Markdown renderer to resolve {@code ![alt](name.png)}. */
    Map<String, UUID> names(UUID lessonId) {
        return ofLesson(lessonId).stream().collect(Collectors.toMap(AttachmentView::fileName, AttachmentView::id));
    }

    boolean nameTaken(UUID lessonId, String fileName) {
        return jdbc.sql("SELECT count(*) FROM academy.lesson_attachment WHERE lesson_id = ? AND file_name = ?")
                .params(lessonId, fileName).query(Integer.class).single() > 0;
    }

    /** The attachment's lesson id, or empty. */
    Optional<UUID> lessonOf(UUID id) {
        return jdbc.sql("SELECT lesson_id FROM academy.lesson_attachment WHERE id = ?").param(id).query(UUID.class).optional();
    }

    Optional<AttachmentFile> file(UUID id) {
        return jdbc.sql("SELECT a.file_name, a.content_type, a.kind, a.content, v.status FROM academy.lesson_attachment a "
                        + "JOIN academy.course_version v ON v.id = a.version_id WHERE a.id = ?").param(id)
                .query((rs, n) -> new AttachmentFile(rs.getString(1), rs.getString(2), "IMAGE".equals(rs.getString(3)),
                        rs.getBytes(4), "PUBLISHED".equals(rs.getString(5))))
                .optional();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM academy.lesson_attachment WHERE id = ?").param(id).update();
    }
}
