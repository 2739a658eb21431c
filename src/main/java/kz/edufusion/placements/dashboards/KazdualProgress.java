package kz.edufusion.placements.dashboards;

/**
 * Dual education against the KAZDUAL pilot's targets: "cooperation with around 45 local companies (15 per region),
 * 360 students" (KAZDUAL dual-education sustainability strategy, seed 002_a89a87ebe81f29b3.txt line 372; see
 * /work/shared/docs/domain.md, "Dual education"). {@code students} is null when it is 1 to 4 ({@link SmallCells}).
 */
public record KazdualProgress(long companies, Long students) {

    /** Companies taking part in the KAZDUAL pilots (seed 002, line 372). */
    public static final int COMPANY_TARGET = 45;

    /** Students in the KAZDUAL pilots (seed 002, line 372). */
    public static final int STUDENT_TARGET = 360;

    public int companyTarget() {
        return COMPANY_TARGET;
    }

    public int studentTarget() {
        return STUDENT_TARGET;
    }

    /** The value of the progress bar: the figure, at most the target. */
    public long companyBar() {
        return Math.min(companies, COMPANY_TARGET);
    }

    public long studentBar() {
        return students == null ? 0 : Math.min(students, STUDENT_TARGET);
    }

    /** Progress in percent of the target, capped at 100 for the bar (the figure itself is not capped). */
    public int companyPercent() {
        return (int) Math.min(100, Math.round(100.0 * companies / COMPANY_TARGET));
    }

    public int studentPercent() {
        return students == null ? 0 : (int) Math.min(100, Math.round(100.0 * students / STUDENT_TARGET));
    }
}
