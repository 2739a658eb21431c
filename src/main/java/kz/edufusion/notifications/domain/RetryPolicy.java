package kz.edufusion.notifications.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * Exponential back-off: after the n-th failed attempt wait {@code firstDelay * 2^(n-1)}, and give up
 * once {@code maxAttempts} attempts have failed. Backing off keeps a broken SMTP server from being
 * hammered every few seconds while still retrying a short outage soon.
 */
record RetryPolicy(int maxAttempts, Duration firstDelay) {

    RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (firstDelay.isNegative()) {
            throw new IllegalArgumentException("firstDelay must not be negative");
        }
    }

    /** The wait before the next attempt, or empty when the message has failed for good. */
    Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        return Optional.of(firstDelay.multipliedBy(1L << doublings));
    }
}
