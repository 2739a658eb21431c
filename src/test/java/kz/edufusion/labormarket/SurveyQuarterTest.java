package kz.edufusion.labormarket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SurveyQuarterTest {

    @Test
    void parsesAndPrintsQuarters() {
        assertThat(SurveyQuarter.parse("2026-q4")).isEqualTo(new SurveyQuarter(2026, 4));
        assertThat(SurveyQuarter.parse("2026-Q1").previous()).hasToString("2025-Q4");
        assertThat(SurveyQuarter.of(LocalDate.of(2026, 6, 30))).hasToString("2026-Q2");
        assertThatThrownBy(() -> SurveyQuarter.parse("2026-Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SurveyQuarter.parse("26-Q1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQuarterClosesAtMidnightAstanaTimeNotUtc() {
        SurveyQuarter q4 = SurveyQuarter.parse("2026-Q4");
        // Kazakhstan is UTC+5: 31 December 23:59:59 in Astana is 18:59:59 UTC
        assertThat(q4.openAt(Instant.parse("2026-12-31T18:59:59Z"))).isTrue();
        assertThat(q4.openAt(Instant.parse("2026-12-31T19:00:00Z"))).isFalse();
        assertThat(q4.openAt(Instant.parse("2026-09-30T18:59:59Z"))).isFalse();
        assertThat(q4.openAt(Instant.parse("2026-09-30T19:00:00Z"))).isTrue();
        assertThat(SurveyQuarter.at(Instant.parse("2026-12-31T19:30:00Z"))).hasToString("2027-Q1");
    }
}
