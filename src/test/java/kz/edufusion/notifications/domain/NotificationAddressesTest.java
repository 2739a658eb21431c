package kz.edufusion.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"aigerim@example.kz", "first.last+tag@mail.example.com", "o'brien@uni.edu.kz",
            "no-reply@edufusion.local", "user@xn--80ao21a.xn--80ao21a"})
    void acceptsOrdinaryAddresses(String address) {
        assertThat(EmailAddresses.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "@example.kz", "user@", "user@localhost", "two@@example.kz", "a@b@example.kz",
            "user.@example.kz", ".user@example.kz", "us..er@example.kz", "user@-example.kz", "user@example..kz",
            "user name@example.kz", "user@example.kz\r\nBcc: victim@example.kz", "иван@пример.каз"})
    void refusesMalformedAddresses(String address) {
        assertThat(EmailAddresses.isValid(address)).isFalse();
    }

    @Test
    void refusesOverlongParts() {
        assertThat(EmailAddresses.isValid("x".repeat(64) + "@example.kz")).isTrue();
        assertThat(EmailAddresses.isValid("x".repeat(65) + "@example.kz")).isFalse();
        assertThat(EmailAddresses.isValid("x@" + "a".repeat(63) + "." + "b".repeat(300) + ".kz")).isFalse();
    }

    @Test
    void requireValidTrimsAndRefuses() {
        assertThat(EmailAddresses.requireValid("  aigerim@example.kz ")).isEqualTo("aigerim@example.kz");
        assertThatIllegalArgumentException().isThrownBy(() -> EmailAddresses.requireValid("nonsense"));
        assertThatIllegalArgumentException().isThrownBy(() -> EmailAddresses.requireValid(null));
    }
}
