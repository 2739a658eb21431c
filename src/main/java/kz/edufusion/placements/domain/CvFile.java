package kz.edufusion.placements.domain;

/** A stored CV, ready to send back to a reader who may see it. */
public record CvFile(String fileName, String contentType, byte[] content) {
}
