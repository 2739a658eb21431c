package kz.edufusion.academy.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.domain.quiz.QuizDefinitionProblem;
import kz.edufusion.academy.domain.quiz.QuizDefinitionRules;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's quizzes: create, change and delete quizzes of a draft's modules and their questions (each checked
 * whole by {@link QuizDefinitionRules} before it is written), and the version's completion rule. Only the course's
 * owner (404 for anyone else) and only a draft (409 for a published version; the database refuses too).
 */
@Service
@Transactional
public class QuizAuthoring {

    private final QuizStore quizzes;
    private final ContentStore content;
    private final VersionStore versions;
    private final Ownership ownership;
    private final AssignmentResults assignments;

    QuizAuthoring(QuizStore quizzes, ContentStore content, VersionStore versions, Ownership ownership,
            AssignmentResults assignments) {
        this.quizzes = quizzes;
        this.assignments = assignments;
        this.content = content;
        this.versions = versions;
        this.ownership = ownership;
    }

    /** Every quiz of a version the user owns, with its bank and problems. */
    @Transactional(readOnly = true)
    public List<AuthorQuiz> ofVersion(CurrentUser user, UUID versionId) {
        VersionView version = ownership.ownedVersion(user, versionId);
        return quizzes.quizzesOf(versionId).stream().map(q -> authorQuiz(q, version.draft())).toList();
    }

    @Transactional(readOnly = true)
    public AuthorQuiz quiz(CurrentUser user, UUID quizId) {
        QuizView quiz = quizzes.quiz(quizId).orElseThrow(Ownership::hidden);
        return authorQuiz(quiz, ownership.ownedVersion(user, quiz.versionId()).draft());
    }

    /** The quiz a question belongs to, for its owner. */
    @Transactional(readOnly = true)
    public AuthorQuiz ofQuestion(CurrentUser user, UUID questionId) {
        return quiz(user, quizzes.quizOf(questionId).orElseThrow(Ownership::hidden));
    }

    @Transactional(readOnly = true)
    public CompletionRule completionRule(CurrentUser user, UUID versionId) {
        ownership.ownedVersion(user, versionId);
        return quizzes.completionRule(versionId);
    }

    public UUID addQuiz(CurrentUser user, UUID moduleId, QuizInput input) {
        UUID versionId = content.moduleVersion(moduleId).orElseThrow(Ownership::hidden);
        ownership.editable(user, versionId);
        AcademyInputRejected.throwIfAny(input.problems());
        UUID id = UUID.randomUUID();
        quizzes.insertQuiz(id, versionId, moduleId, input);
        versions.touch(versionId);
        return id;
    }

    public void updateQuiz(CurrentUser user, UUID quizId, QuizInput input) {
        QuizView quiz = editableQuiz(user, quizId);
        AcademyInputRejected.throwIfAny(input.problems());
        quizzes.updateQuiz(quizId, input);
        versions.touch(quiz.versionId());
    }

    public void deleteQuiz(CurrentUser user, UUID quizId) {
        QuizView quiz = editableQuiz(user, quizId);
        quizzes.deleteQuiz(quizId);
        versions.touch(quiz.versionId());
    }

    public UUID addQuestion(CurrentUser user, UUID quizId, QuestionInput input) {
        QuizView quiz = editableQuiz(user, quizId);
        AcademyInputRejected.throwIfAny(input.problems());
        UUID id = UUID.randomUUID();
        quizzes.insertQuestion(id, quiz.versionId(), quizId, input);
        versions.touch(quiz.versionId());
        return id;
    }

    /** Replaces the question's text, points and answers; its key stays, so learning records keep naming it. */
    public void updateQuestion(CurrentUser user, UUID questionId, QuestionInput input) {
        QuizView quiz = editableQuiz(user, quizzes.quizOf(questionId).orElseThrow(Ownership::hidden));
        AcademyInputRejected.throwIfAny(input.problems());
        quizzes.replaceQuestion(questionId, quiz.versionId(), input);
        versions.touch(quiz.versionId());
    }

    public UUID deleteQuestion(CurrentUser user, UUID questionId) {
        QuizView quiz = editableQuiz(user, quizzes.quizOf(questionId).orElseThrow(Ownership::hidden));
        quizzes.deleteQuestion(questionId);
        versions.touch(quiz.versionId());
        return quiz.id();
    }

    public void setCompletionRule(CurrentUser user, UUID versionId, CompletionRule rule) {
        ownership.editable(user, versionId);
        if (rule == null) {
            throw DomainProblem.invalidField("rule", "academyQuiz.validation.rule");
        }
        quizzes.setCompletionRule(versionId, rule);
    }

    /**
     * Refuses to publish a version whose quiz breaks a rule (a question nobody can answer right, a draw larger than
     * the bank) or whose rule asks for passes without a quiz or an assignment; names the quiz and the reason. Then counts the quizzes.
     */
    void checkPublishable(UUID versionId) {
        List<QuizView> all = quizzes.quizzesOf(versionId);
        for (QuizView quiz : all) {
            List<QuizDefinitionProblem> problems = problems(quiz, quizzes.questions(quiz.id()));
            if (!problems.isEmpty()) {
                throw DomainProblem.conflict("academyQuiz.problem.publishRefused", quiz.title().in("en"),
                        new DefaultMessageSourceResolvable(problems.get(0).messageKey()));
            }
        }
        if (all.isEmpty() && assignments.requiredFor(versionId).isEmpty()
                && quizzes.completionRule(versionId) != CompletionRule.COMPLETED) {
            throw DomainProblem.conflict("academyQuiz.problem.ruleNeedsQuiz");
        }
        quizzes.freezeCount(versionId);
    }

    /** Copies the quizzes and the completion rule of a published version into its new draft. */
    void copy(UUID from, UUID to) {
        quizzes.copy(from, to);
    }

    private AuthorQuiz authorQuiz(QuizView quiz, boolean draft) {
        List<QuestionView> questions = quizzes.questions(quiz.id());
        return new AuthorQuiz(quiz, questions, problems(quiz, questions), draft);
    }

    private static List<QuizDefinitionProblem> problems(QuizView quiz, List<QuestionView> questions) {
        List<QuizDefinitionProblem> problems = new ArrayList<>(QuizDefinitionRules.checkQuiz(questions.size(), quiz.drawCount(),
                quiz.passPercent(), quiz.maxAttempts()));
        // questions are checked when saved; checked again here so a rule added later still stops a publish
        questions.forEach(q -> problems.addAll(QuizDefinitionRules.check(q.engine())));
        return problems.stream().distinct().toList();
    }

    private QuizView editableQuiz(CurrentUser user, UUID quizId) {
        QuizView quiz = quizzes.quiz(quizId).orElseThrow(Ownership::hidden);
        ownership.editable(user, quiz.versionId());
        return quiz;
    }
}
