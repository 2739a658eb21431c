package kz.edufusion.placements.domain;

/** An uploaded CV as it arrived: the browser's file name and the bytes (the declared type is not trusted). */
public record CvUpload(String fileName, byte[] content) {

    public boolean empty() {
        return content == null || content.length == 0;
    }
}
