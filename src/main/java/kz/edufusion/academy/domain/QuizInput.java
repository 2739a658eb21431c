package kz.edufusion.academy.domain;

import java.util.ArrayList;
import java.util.List;
import kz.edufusion.academy.domain.quiz.QuizDefinitionProblem;
import kz.edufusion.academy.domain.quiz.QuizDefinitionRules;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem.FieldProblem;

/**
 * A quiz's settings as its owner writes them: title, pass mark in percent, attempts allowed, time limit in minutes
 * (null = none) and how many questions each attempt draws from the bank.
 */
public record QuizInput(LocalizedText title, Integer passPercent, Integer maxAttempts, Integer timeLimitMinutes,
        Integer drawCount) {

    /** The problems of the settings alone; whether the bank holds enough questions is checked at publish. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.in("en").isBlank()) {
            problems.add(new FieldProblem("title", "academyQuiz.validation.title"));
        }
        if (passPercent == null || maxAttempts == null || drawCount == null) {
            if (passPercent == null) {
                problems.add(new FieldProblem("passPercent", "academy.quiz.problem.passMarkOutOfRange"));
            }
            if (maxAttempts == null) {
                problems.add(new FieldProblem("maxAttempts", "academy.quiz.problem.attemptsNotPositive"));
            }
            if (drawCount == null) {
                problems.add(new FieldProblem("drawCount", "academy.quiz.problem.drawNotPositive"));
            }
        } else {
            QuizDefinitionRules.checkQuiz(Integer.MAX_VALUE, drawCount, passPercent, maxAttempts).stream()
                    .map(p -> new FieldProblem(p.field(), p.messageKey())).forEach(problems::add);
        }
        if (maxAttempts != null && maxAttempts > 100) {
            problems.add(new FieldProblem("maxAttempts", "academyQuiz.validation.maxAttempts"));
        }
        if (timeLimitMinutes != null && (timeLimitMinutes < 1 || timeLimitMinutes > 600)) {
            problems.add(new FieldProblem("timeLimitMinutes", "academyQuiz.validation.timeLimit"));
        }
        return problems;
    }

    static FieldProblem field(QuizDefinitionProblem problem) {
        return new FieldProblem(problem.field(), problem.messageKey());
    }
}
