package kz.edufusion.academy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.domain.OptionInput;
import kz.edufusion.academy.domain.QuestionInput;
import kz.edufusion.academy.domain.QuizAuthoring;
import kz.edufusion.academy.domain.QuizInput;
import kz.edufusion.academy.domain.quiz.QuestionKind;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.CurrentUser;

/** A quiz with one question of each kind, whose right answers the tests know: B; A and C; 9.81 ± 0.05; "Astana". */
final class QuizFixtures {

    private QuizFixtures() {
    }

    static LocalizedText en(String text) {
        return LocalizedText.of(null, null, text);
    }

    static QuizInput settings(int passPercent, int attempts, Integer minutes, int draw) {
        return new QuizInput(en("Check yourself"), passPercent, attempts, minutes, draw);
    }

    static QuestionInput single() {
        return new QuestionInput(QuestionKind.SINGLE_CHOICE, en("Pick B"), 1,
                List.of(new OptionInput(en("Option A"), false), new OptionInput(en("Option B"), true)), null, null, null);
    }

    static QuestionInput multiple() {
        return new QuestionInput(QuestionKind.MULTIPLE_CHOICE, en("Pick A and C"), 2, List.of(new OptionInput(en("Option A"), true),
                new OptionInput(en("Option B"), false), new OptionInput(en("Option C"), true)), null, null, null);
    }

    static QuestionInput numeric() {
        return new QuestionInput(QuestionKind.NUMERIC, en("g in m/s2"), 1, null, new BigDecimal("9.81"), new BigDecimal("0.05"), null);
    }

    static QuestionInput shortText() {
        return new QuestionInput(QuestionKind.SHORT_TEXT, en("Capital of Kazakhstan"), 1, null, null, null, List.of("Astana"));
    }

    /** A quiz with the four questions in the module; answers its id. */
    static UUID fourKinds(QuizAuthoring quizzes, CurrentUser owner, UUID moduleId, QuizInput settings) {
        UUID quizId = quizzes.addQuiz(owner, moduleId, settings);
        quizzes.addQuestion(owner, quizId, single());
        quizzes.addQuestion(owner, quizId, multiple());
        quizzes.addQuestion(owner, quizId, numeric());
        quizzes.addQuestion(owner, quizId, shortText());
        return quizId;
    }
}
