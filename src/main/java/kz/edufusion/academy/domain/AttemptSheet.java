package kz.edufusion.academy.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A running attempt: the drawn questions in the order drawn and when the server stops accepting answers (endsAt). */
public record AttemptSheet(UUID attemptId, UUID courseId, QuizView quiz, int number, Instant startedAt, Instant endsAt,
        boolean submitted, List<SheetQuestion> questions) {
}
