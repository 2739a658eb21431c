package kz.edufusion.notifications.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outbox delivery settings. The dispatch interval itself ({@code edufusion.notifications.dispatch-interval},
 * default 15 s) is read by the scheduler annotation.
 *
 * @param from        sender address of every mail
 * @param retryDelay  wait after the first failed attempt; each further failure doubles it
 * @param maxAttempts attempts before a message is marked FAILED
 */
@ConfigurationProperties("edufusion.notifications")
record NotificationsProperties(
        @DefaultValue("no-reply@edufusion.local") String from,
        @DefaultValue("PT1M") Duration retryDelay,
        @DefaultValue("5") int maxAttempts) {

    RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, retryDelay);
    }
}
