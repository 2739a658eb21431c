package kz.edufusion.academy.domain;

import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.domain.quiz.QuestionKind;
import kz.edufusion.common.LocalizedText;

/**
 * A drawn question as the learner sees it: text, points and the options' texts. Deliberately without correct flags,
 * expected values or accepted answers, so neither the page nor the API can leak them.
 */
public record SheetQuestion(UUID id, QuestionKind kind, LocalizedText text, int points, List<SheetOption> options) {

    static SheetQuestion of(QuestionView q) {
        return new SheetQuestion(q.id(), q.kind(), q.text(), q.points(),
                q.options().stream().map(o -> new SheetOption(o.id(), o.text())).toList());
    }

    public boolean multiple() {
        return kind == QuestionKind.MULTIPLE_CHOICE;
    }

    public boolean choice() {
        return kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.MULTIPLE_CHOICE;
    }

    /** One option's id and text, nothing about whether it is right. */
    public record SheetOption(UUID id, LocalizedText text) {
    }
}
