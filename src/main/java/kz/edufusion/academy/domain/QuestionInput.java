package kz.edufusion.academy.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import kz.edufusion.academy.domain.quiz.QuestionKind;
import kz.edufusion.academy.domain.quiz.QuizDefinitionRules;
import kz.edufusion.academy.domain.quiz.QuizQuestion;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem.FieldProblem;

/**
 * A question as its owner writes it, whole: kind, text, points, and what makes an answer right (options with their
 * correct flags, the expected number with its tolerance, or the accepted answers). Saved only when
 * {@link QuizDefinitionRules} finds nothing wrong, so every stored question can be answered right.
 */
public record QuestionInput(QuestionKind kind, LocalizedText text, Integer points, List<OptionInput> options,
        BigDecimal expected, BigDecimal tolerance, List<String> acceptedAnswers) {

    public QuestionInput {
        options = options == null ? List.of() : options.stream().filter(o -> o != null && o.text() != null
                && !o.text().in("en").isBlank()).toList();
        acceptedAnswers = acceptedAnswers == null ? List.of()
                : acceptedAnswers.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("kind", "academyQuiz.validation.kind"));
        }
        if (text == null || text.in("en").isBlank()) {
            problems.add(new FieldProblem("text", "academyQuiz.validation.questionText"));
        }
        if (points == null) {
            problems.add(new FieldProblem("points", "academy.quiz.problem.pointsNotPositive"));
        } else if (points > 100) {
            problems.add(new FieldProblem("points", "academyQuiz.validation.points"));
        }
        if (kind != null && points != null) {
            QuizDefinitionRules.check(engineQuestion(UUID.randomUUID())).stream().map(QuizInput::field)
                    .filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field()))).forEach(problems::add);
        }
        return problems;
    }

    /** The question as the engine sees it (option ids made up: only the shape is checked). */
    private QuizQuestion engineQuestion(UUID id) {
        List<UUID> ids = options.stream().map(o -> UUID.randomUUID()).toList();
        Set<UUID> correct = new java.util.HashSet<>();
        IntStream.range(0, options.size()).filter(i -> options.get(i).correct()).forEach(i -> correct.add(ids.get(i)));
        return new QuizQuestion(id, kind, points, kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.MULTIPLE_CHOICE
                ? ids : List.of(), correct, expected, tolerance, acceptedAnswers);
    }
}
