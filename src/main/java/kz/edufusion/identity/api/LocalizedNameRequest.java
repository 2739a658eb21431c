package kz.edufusion.identity.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import kz.edufusion.common.LocalizedText;

/** A name in Kazakh, Russian and English as a client sends it; at least one is required where it is used. */
@Schema(description = "A text in kk, ru and en; at least one language is required")
record LocalizedNameRequest(
        @Size(max = 300, message = "{api.validation.size}") String kk,
        @Size(max = 300, message = "{api.validation.size}") String ru,
        @Size(max = 300, message = "{api.validation.size}") String en) {

    LocalizedText text() {
        return LocalizedText.of(kk, ru, en);
    }
}
