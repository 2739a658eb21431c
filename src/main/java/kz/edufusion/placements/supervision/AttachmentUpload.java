package kz.edufusion.placements.supervision;

/** A file the student attaches to an entry, as it arrived: the browser's name and the bytes (the declared type is not trusted). */
public record AttachmentUpload(String fileName, byte[] content) {

    public boolean empty() {
        return content == null || content.length == 0;
    }
}
