package kz.edufusion.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxRetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMinutes(1));

    @Test
    void doublesTheWaitAfterEachFailure() {
        assertThat(policy.delayAfter(1)).contains(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(2)).contains(Duration.ofMinutes(2));
        assertThat(policy.delayAfter(3)).contains(Duration.ofMinutes(4));
        assertThat(policy.delayAfter(4)).contains(Duration.ofMinutes(8));
    }

    @Test
    void givesUpAtTheLastAttempt() {
        assertThat(policy.delayAfter(5)).isEmpty();
        assertThat(policy.delayAfter(6)).isEmpty();
    }

    @Test
    void refusesNonsense() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(0, Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(5, Duration.ofMinutes(-1)));
    }
}
