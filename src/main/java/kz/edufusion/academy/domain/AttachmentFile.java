package kz.edufusion.academy.domain;

/** The bytes of an attachment as served: an image inline, any other file as a download. */
public record AttachmentFile(String fileName, String contentType, boolean image, byte[] content, boolean frozen) {
}
