package kz.edufusion.placements.supervision;

/** A stored attachment, ready to send back to a party of its placement. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {
}
