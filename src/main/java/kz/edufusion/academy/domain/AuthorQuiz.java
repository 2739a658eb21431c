package kz.edufusion.academy.domain;

import java.util.List;
import kz.edufusion.academy.domain.quiz.QuizDefinitionProblem;

/** A quiz as its owner edits it: settings, the bank with answers, and what would stop the version's publishing. */
public record AuthorQuiz(QuizView quiz, List<QuestionView> questions, List<QuizDefinitionProblem> problems, boolean draft) {
}
