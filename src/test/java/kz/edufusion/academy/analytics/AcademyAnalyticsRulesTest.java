package kz.edufusion.academy.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure rules behind the figures: semesters of the Kazakhstan academic year, small groups, what counts as STEM. */
class AcademyAnalyticsRulesTest {

    @Test
    void semestersFollowTheKazakhstanAcademicYear() {
        assertThat(AcademicSemester.of(LocalDate.of(2026, 9, 1)).code()).isEqualTo("2026-AUTUMN");
        assertThat(AcademicSemester.of(LocalDate.of(2027, 1, 31)).code()).isEqualTo("2026-AUTUMN");
        assertThat(AcademicSemester.of(LocalDate.of(2027, 2, 1)).code()).isEqualTo("2026-SPRING");
        assertThat(AcademicSemester.of(LocalDate.of(2027, 6, 30)).code()).isEqualTo("2026-SPRING");
        assertThat(AcademicSemester.of(LocalDate.of(2027, 7, 1)).code()).isEqualTo("2026-SUMMER");
        assertThat(AcademicSemester.of(LocalDate.of(2027, 8, 31)).code()).isEqualTo("2026-SUMMER");
        assertThat(AcademicSemester.of(LocalDate.of(2026, 9, 1)).academicYear()).isEqualTo("2026/27");
    }

    @Test
    void datesAreReadInKazakhstanTime() {
        // 19:30 UTC on 31 August is 00:30 on 1 September in Kazakhstan (UTC+5)
        assertThat(AcademicSemester.of(Instant.parse("2026-08-31T19:30:00Z")).code()).isEqualTo("2026-AUTUMN");
        assertThat(AcademicSemester.of(Instant.parse("2026-08-31T18:30:00Z")).code()).isEqualTo("2025-SUMMER");
    }

    @Test
    void growthComparesWithThePreviousSemesterOfTheSameKind() {
        assertThat(AcademicSemester.parse("2026-AUTUMN").previous().code()).isEqualTo("2025-SPRING");
        assertThat(AcademicSemester.parse("2026-SPRING").previous().code()).isEqualTo("2026-AUTUMN");
        assertThat(AcademicSemester.parse("2026-SUMMER").previous().code()).isEqualTo("2025-SUMMER");
        assertThat(List.of("2026-SUMMER", "2026-AUTUMN", "2026-SPRING").stream().sorted().toList())
                .containsExactly("2026-AUTUMN", "2026-SPRING", "2026-SUMMER");
    }

    @Test
    void groupsUnderFiveAreHiddenAndZeroIsShown() {
        assertThat(SmallGroups.count(0)).isZero();
        assertThat(SmallGroups.count(4)).isNull();
        assertThat(SmallGroups.count(5)).isEqualTo(5);
        assertThat(SmallGroups.rate(1, 4)).isNull();
        assertThat(SmallGroups.rate(2, 6)).isEqualByComparingTo("33.3");
        assertThat(SmallGroups.growth(125, 100)).isEqualByComparingTo(new BigDecimal("25.0"));
        assertThat(SmallGroups.growth(3, 100)).isNull();
        assertThat(SmallGroups.growth(10, 0)).isNull();
        assertThat(SmallGroups.growth(10, 4)).isNull();
    }

    @Test
    void aCourseIsStemByItsTags() {
        assertThat(StemCourses.stem(List.of("Python", "statistics"))).isTrue();
        assertThat(StemCourses.stem(List.of("entrepreneurship", "engineering"))).isTrue();
        assertThat(StemCourses.stem(List.of("entrepreneurship", "startup"))).isFalse();
        assertThat(StemCourses.stem(List.of())).isFalse();
    }

    @Test
    void targetsAreMetAtTheirPercentages() {
        SemesterRow met = new SemesterRow(AcademicSemester.parse("2026-AUTUMN"), 125L, new BigDecimal("25.0"), 50L, 13L,
                new BigDecimal("30.0"), null, 0L, null);
        SemesterRow short_ = new SemesterRow(AcademicSemester.parse("2026-AUTUMN"), 124L, new BigDecimal("24.9"), 50L, 13L,
                null, null, 0L, null);
        assertThat(met.enrollmentTargetMet()).isTrue();
        assertThat(met.femaleTargetMet()).isTrue();
        assertThat(short_.enrollmentTargetMet()).isFalse();
        assertThat(short_.femaleTargetMet()).isFalse();
    }
}
