package kz.edufusion.academy.domain;

import java.util.ArrayList;
import java.util.List;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem.FieldProblem;

/** A learning outcome: its text in kk/ru/en and the skill it builds, as a taxonomy URI or a label in any language. */
public record OutcomeInput(LocalizedText text, String skill) {

    public OutcomeInput {
        text = Texts.stripped(text);
        skill = Texts.blank(skill);
    }

    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        Texts.check(text, "text", true, 1000, problems);
        if (skill == null) {
            problems.add(new FieldProblem("skill", "academy.validation.required"));
        }
        return problems;
    }
}
