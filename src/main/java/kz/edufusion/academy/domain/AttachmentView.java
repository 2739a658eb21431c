package kz.edufusion.academy.domain;

import java.util.UUID;

/** An image or file of a lesson, without its bytes. */
public record AttachmentView(UUID id, UUID lessonId, boolean image, String fileName, String contentType, int sizeBytes) {

    public String url() {
        return "/academy/files/" + id;
    }
}
