package kz.edufusion.placements.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Late = the last entry (or the first day) is older than N working days, weekends not counted. */
class DiaryLatenessTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final LocalDate END = MONDAY.plusWeeks(8);

    @Test
    void countsWorkingDaysOnly() {
        assertThat(DiaryLateness.workingDaysAfter(MONDAY, MONDAY.plusDays(3))).isEqualTo(3);
        assertThat(DiaryLateness.workingDaysAfter(MONDAY.plusDays(4), MONDAY.plusDays(7))).isEqualTo(1);
        assertThat(DiaryLateness.workingDaysAfter(MONDAY, MONDAY)).isZero();
    }

    @Test
    void lateAfterMoreThanNWorkingDays() {
        assertThat(DiaryLateness.late(MONDAY, END, MONDAY, MONDAY.plusDays(3), 3)).isFalse();
        assertThat(DiaryLateness.late(MONDAY, END, MONDAY, MONDAY.plusDays(4), 3)).isTrue();
        // Friday's entry, next Wednesday: Mon, Tue, Wed = 3 working days
        assertThat(DiaryLateness.late(MONDAY, END, MONDAY.plusDays(4), MONDAY.plusDays(9), 3)).isFalse();
        assertThat(DiaryLateness.late(MONDAY, END, MONDAY.plusDays(4), MONDAY.plusDays(10), 3)).isTrue();
    }

    @Test
    void beforeTheFirstEntryTheFirstDayCountsAndAFutureStartIsNeverLate() {
        assertThat(DiaryLateness.late(MONDAY, END, null, MONDAY.plusDays(3), 3)).isFalse();
        assertThat(DiaryLateness.late(MONDAY, END, null, MONDAY.plusDays(4), 3)).isTrue();
        assertThat(DiaryLateness.late(MONDAY, END, null, MONDAY.minusDays(10), 3)).isFalse();
    }

    @Test
    void countsNoFurtherThanTheLastDay() {
        LocalDate end = MONDAY.plusDays(4);
        assertThat(DiaryLateness.late(MONDAY, end, MONDAY.plusDays(2), MONDAY.plusDays(30), 3)).isFalse();
        assertThat(DiaryLateness.late(MONDAY, end, null, MONDAY.plusDays(30), 3)).isTrue();
    }
}
