package kz.edufusion.placements.supervision;

import java.util.UUID;

/** An attachment of an entry as pages list it (the bytes are downloaded separately). */
public record AttachmentView(UUID id, String fileName, String contentType, int sizeBytes) {
}
