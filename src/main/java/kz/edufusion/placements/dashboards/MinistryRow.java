package kz.edufusion.placements.dashboards;

/**
 * One row of the national view (a region, a NACE section, a field of education, or the total when {@code code} is
 * null), with student counts of 1 to 4 given as null ({@link SmallCells}): {@code placements} touching the year,
 * distinct {@code students}, {@code paid} placements, companies and students in dual education (offer type DUAL),
 * {@code completed} placements and those of them whose intern {@code hired} accepted the company's job offer.
 * When the row counts fewer than five students, {@code suppressed} is true and every figure is null.
 */
public record MinistryRow(String code, boolean suppressed, Long placements, Long students, Long paid, Double paidShare,
        Long dualCompanies, Long dualStudents, Long completed, Long hired, Double conversion) {

    /** The row of the raw counts, suppressed as the national view requires. */
    static MinistryRow of(String code, long placements, long students, long paid, long dualCompanies, long dualStudents,
            long completed, long hired) {
        if (SmallCells.small(students)) {
            return new MinistryRow(code, true, null, null, null, null, null, null, null, null, null);
        }
        return new MinistryRow(code, false, SmallCells.shown(placements), SmallCells.shown(students), SmallCells.shown(paid),
                Shares.percent(paid, placements), dualCompanies, SmallCells.shown(dualStudents), SmallCells.shown(completed),
                SmallCells.shown(hired), Shares.percent(hired, completed));
    }
}
