package kz.edufusion.academy.analytics;

import java.math.BigDecimal;

/**
 * One semester's figures: enrollments and their growth against the previous semester (target +25%), female
 * enrollments in STEM courses and their growth (target +30%) with the female share of the STEM learners who declared
 * a gender, enrollments from remote regions and the completion rate. A null figure is hidden (fewer than five).
 */
public record SemesterRow(AcademicSemester semester, Long enrollments, BigDecimal growth, Long stemEnrollments,
        Long stemFemale, BigDecimal stemFemaleGrowth, BigDecimal stemFemaleShare, Long remote, BigDecimal completionRate) {

    public static final BigDecimal ENROLLMENT_TARGET = BigDecimal.valueOf(25);
    public static final BigDecimal FEMALE_STEM_TARGET = BigDecimal.valueOf(30);

    public boolean enrollmentTargetMet() {
        return growth != null && growth.compareTo(ENROLLMENT_TARGET) >= 0;
    }

    public boolean femaleTargetMet() {
        return stemFemaleGrowth != null && stemFemaleGrowth.compareTo(FEMALE_STEM_TARGET) >= 0;
    }
}
