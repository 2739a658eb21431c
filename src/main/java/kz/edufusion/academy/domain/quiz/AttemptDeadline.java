package kz.edufusion.academy.domain.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The server-side time limit of an attempt. Answers are accepted until start + limit + grace; the grace covers the
 * seconds between the learner's last click and the request reaching the server, and nothing more, so a page left
 * open cannot be used to answer later. No limit means no deadline.
 */
public record AttemptDeadline(Instant startedAt, Optional<Duration> limit, Duration grace) {

    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(30);

    public boolean accepts(Instant at) {
        return limit.map(duration -> !at.isAfter(startedAt.plus(duration).plus(grace))).orElse(true);
    }

    /** The moment shown to the learner as the end of the attempt (without the grace). */
    public Optional<Instant> endsAt() {
        return limit.map(startedAt::plus);
    }
}
