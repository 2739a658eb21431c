package kz.edufusion.academy.domain;

/** A submitted file's name, detected type and bytes, for its download. */
public record SubmissionFile(String fileName, String contentType, byte[] content) {
}
