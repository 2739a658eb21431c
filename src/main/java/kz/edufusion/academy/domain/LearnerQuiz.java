package kz.edufusion.academy.domain;

import java.util.UUID;

/** A quiz of the learner's version on the course page: their standing, attempts left, and a running attempt if any. */
public record LearnerQuiz(QuizView quiz, QuizMark mark, int attemptsLeft, UUID runningAttempt, UUID lastGradedAttempt) {
}
