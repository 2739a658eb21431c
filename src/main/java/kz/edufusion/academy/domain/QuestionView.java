package kz.edufusion.academy.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.edufusion.academy.domain.quiz.QuestionKind;
import kz.edufusion.academy.domain.quiz.QuizQuestion;
import kz.edufusion.common.LocalizedText;

/** A question as its owner sees it, with what makes an answer right: for authoring and grading, never for learners. */
public record QuestionView(UUID id, UUID questionKey, int position, QuestionKind kind, LocalizedText text, int points,
        List<OptionView> options, BigDecimal expected, BigDecimal tolerance, List<String> acceptedAnswers) {

    public QuizQuestion engine() {
        Set<UUID> correct = options.stream().filter(OptionView::correct).map(OptionView::id).collect(Collectors.toSet());
        return new QuizQuestion(id, kind, points, options.stream().map(OptionView::id).toList(), correct, expected, tolerance,
                acceptedAnswers);
    }

    public boolean choice() {
        return kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.MULTIPLE_CHOICE;
    }
}
