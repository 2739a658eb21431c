package kz.edufusion.placements.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic of the scale and of the completion rule, at the threshold. */
class ScoresTest {

    private static final BigDecimal MINIMUM = new BigDecimal("60");

    @Test
    void aFormScoresItsMeanRatingOnZeroToHundred() {
        assertThat(Scores.form(List.of(1, 1, 1))).isEqualByComparingTo("0");
        assertThat(Scores.form(List.of(3, 3))).isEqualByComparingTo("50");
        assertThat(Scores.form(List.of(5, 5, 5, 5))).isEqualByComparingTo("100");
        assertThat(Scores.form(List.of(3, 3, 3, 4, 4))).isEqualByComparingTo("60.00");
        // 6 generic criteria, sum 20: (20 - 6) * 25 / 6 = 58.333... -> 58.33
        assertThat(Scores.form(List.of(3, 3, 3, 3, 4, 4))).isEqualByComparingTo("58.33");
        assertThatThrownBy(() -> Scores.form(List.of(0, 3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scores.form(List.of(6))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theResultIsTheMeanOfTheTwoFinalScoresAndSixtyPassesWhere5999DoesNot() {
        assertThat(Scores.result(new BigDecimal("59.98"), new BigDecimal("60.00"))).isEqualByComparingTo("59.99");
        assertThat(Scores.passed(new BigDecimal("59.99"), MINIMUM)).isFalse();
        assertThat(Scores.passed(new BigDecimal("60.00"), MINIMUM)).isTrue();
        assertThat(Scores.passed(Scores.result(new BigDecimal("58.33"), new BigDecimal("62.50")), MINIMUM)).isTrue(); // 60.415 -> 60.42
        assertThat(Scores.result(new BigDecimal("58.33"), new BigDecimal("61.66"))).isEqualByComparingTo("60.00"); // 59.995 half up
        assertThat(Scores.passed(Scores.result(new BigDecimal("58.33"), new BigDecimal("61.65")), MINIMUM)).isFalse(); // 59.99
    }

    @Test
    void aCriterionsFinalRatingIsTheMeanOfTheRatingsGiven() {
        assertThat(Scores.finalRating(3, 4)).isEqualByComparingTo("3.50");
        assertThat(Scores.finalRating(null, 2)).isEqualByComparingTo("2.00");
        assertThat(Scores.finalRating(5, null)).isEqualByComparingTo("5.00");
    }

    @Test
    void verificationCodesAre128RandomBitsInBase32() {
        // RFC 4648 test vector: "foobar" -> MZXW6YTBOI
        assertThat(VerificationCodes.base32("foobar".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isEqualTo("mzxw6ytboi");
        String code = VerificationCodes.next();
        assertThat(code).hasSize(26).matches("[a-z2-7]{26}");
        assertThat(VerificationCodes.wellFormed(code)).isTrue();
        assertThat(VerificationCodes.next()).isNotEqualTo(code);
        assertThat(VerificationCodes.wellFormed("../../etc")).isFalse();
    }
}
