package kz.edufusion.academy.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One attempt as stored: its draw (seed and question ids in the order shown), its times and, once graded, its score. */
record AttemptRow(UUID id, UUID enrollmentId, UUID quizId, int number, long seed, List<UUID> drawn, Instant startedAt,
        Instant deadline, Instant submittedAt, BigDecimal score, Boolean passed) {

    boolean submitted() {
        return submittedAt != null;
    }
}
