package kz.edufusion.academy.domain.quiz;

import java.util.Set;
import java.util.UUID;

/** A learner's answer to one question: the options ticked (choice kinds) or the text typed (numeric, short text). */
public record QuizAnswer(Set<UUID> chosen, String text) {

    public static final QuizAnswer NONE = new QuizAnswer(Set.of(), null);

    public QuizAnswer {
        chosen = chosen == null ? Set.of() : Set.copyOf(chosen);
    }

    public static QuizAnswer choosing(Set<UUID> chosen) {
        return new QuizAnswer(chosen, null);
    }

    public static QuizAnswer typing(String text) {
        return new QuizAnswer(Set.of(), text);
    }
}
