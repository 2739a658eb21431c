package kz.edufusion.academy.domain;

/** What a learner hands in: text, a file (its name as sent and its bytes; the declared type is never trusted), or both. */
public record SubmissionUpload(String text, String fileName, byte[] content) {

    public SubmissionUpload {
        text = Texts.blank(text);
    }

    public boolean hasFile() {
        return content != null && content.length > 0;
    }
}
