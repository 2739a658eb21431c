package kz.edufusion.academy.domain;

import java.util.List;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem.FieldProblem;

/**
 * Checks of the trilingual texts of the academy's inputs: one language is enough, none may be too long. Blank text is
 * no text (stored as null), for the accreditation's inputs too.
 */
public final class Texts {

    private Texts() {
    }

    public static LocalizedText stripped(LocalizedText text) {
        return text == null ? LocalizedText.of(null, null, null)
                : LocalizedText.of(blank(text.kk()), blank(text.ru()), blank(text.en()));
    }

    static boolean empty(LocalizedText text) {
        return text == null || text.in("kk").isEmpty();
    }

    /** {@code field} is the form's prefix: the problems blame {@code fieldKk}, {@code fieldRu}, {@code fieldEn}. */
    static void check(LocalizedText text, String field, boolean required, int maxLength, List<FieldProblem> problems) {
        if (required && empty(text)) {
            problems.add(new FieldProblem(field + "Kk", "academy.validation.oneLanguage"));
        }
        if (text == null) {
            return;
        }
        tooLong(text.kk(), field + "Kk", maxLength, problems);
        tooLong(text.ru(), field + "Ru", maxLength, problems);
        tooLong(text.en(), field + "En", maxLength, problems);
    }

    private static void tooLong(String value, String field, int maxLength, List<FieldProblem> problems) {
        if (value != null && value.length() > maxLength) {
            problems.add(new FieldProblem(field, "academy.validation.tooLong." + maxLength));
        }
    }

    public static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
