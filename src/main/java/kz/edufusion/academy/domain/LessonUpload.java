package kz.edufusion.academy.domain;

/** A file a lesson's author uploads: its name as sent and its bytes (the declared type is never trusted). */
public record LessonUpload(String fileName, byte[] content) {

    public boolean empty() {
        return content == null || content.length == 0;
    }
}
