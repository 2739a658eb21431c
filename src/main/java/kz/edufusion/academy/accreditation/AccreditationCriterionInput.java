package kz.edufusion.academy.accreditation;

import java.util.ArrayList;
import java.util.List;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem.FieldProblem;

/** A criterion as a QA reviewer writes it: an upper-case code (fixed once created), the text in at least one language, an order. */
public record AccreditationCriterionInput(String code, LocalizedText text, Integer position) {

    List<FieldProblem> problems(boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        if (creating && (code == null || !code.strip().matches("[A-Z][A-Z0-9_]{1,39}"))) {
            problems.add(new FieldProblem("code", "academy.accreditation.validation.code"));
        }
        if (text == null || text.in("en").isBlank() && text.in("ru").isBlank() && text.in("kk").isBlank()
                || longer(text, 1000)) {
            problems.add(new FieldProblem("text", "academy.accreditation.validation.text"));
        }
        if (position == null || position < 1 || position > 999) {
            problems.add(new FieldProblem("position", "academy.accreditation.validation.position"));
        }
        return problems;
    }

    private static boolean longer(LocalizedText t, int max) {
        return t.kk() != null && t.kk().length() > max || t.ru() != null && t.ru().length() > max
                || t.en() != null && t.en().length() > max;
    }
}
