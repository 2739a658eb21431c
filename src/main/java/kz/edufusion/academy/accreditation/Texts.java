package kz.edufusion.academy.accreditation;

import kz.edufusion.common.LocalizedText;

/** Blank text is no text: stored as null, so "has a text in some language" checks stay simple. */
final class Texts {

    private Texts() {
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static LocalizedText stripped(LocalizedText text) {
        return LocalizedText.of(blank(text.kk()), blank(text.ru()), blank(text.en()));
    }
}
