package kz.edufusion.placements.dashboards;

/**
 * When a trainee diary counts as late, for the dashboards. The student of an ACTIVE placement logs each working
 * day (Monday to Friday; public holidays are not known to the platform and count as working days). The silence of
 * a placement is the number of working days after its last diary entry (or, before the first entry, from the
 * placement's first day) and before today, counted no further than the placement's last day: an entry made today
 * is not yet expected. The diary is late after more than {@link #LATE_AFTER_WORKING_DAYS} silent working days, and
 * the student is at risk after more than {@link #AT_RISK_AFTER_WORKING_DAYS}. Any diary entry counts, whatever the
 * mentor did with it: the rule is about the student writing, not about the mentor approving.
 */
public final class DiaryRule {

    /** More silent working days than this: the diary is late. */
    public static final int LATE_AFTER_WORKING_DAYS = 3;

    /** More silent working days than this: the student is at risk. */
    public static final int AT_RISK_AFTER_WORKING_DAYS = 7;

    /** A Monday; working days are counted in whole weeks from it. */
    private static final String MONDAY = "DATE '1970-01-05'";

    private DiaryRule() {
    }

    /**
     * SQL for the silent working days of placement {@code p} whose last entry date is {@code lastEntry} (null when
     * there is none), with today as the parameter {@code :today}. Counted by arithmetic (weekdays before a date
     * since a Monday), so the dashboards' GROUP BY stays one pass over the placements.
     */
    static String silentDaysSql(String p, String lastEntry) {
        String after = "coalesce(" + lastEntry + ", " + p + ".starts_on - 1) + 1";
        String until = "least(CAST(:today AS date), " + p + ".ends_on + 1)";
        return "greatest(0, " + weekdaysBefore(until) + " - " + weekdaysBefore(after) + ")";
    }

    /** The working days from the reference Monday up to the day before {@code date}. */
    private static String weekdaysBefore(String date) {
        String days = "((" + date + ") - " + MONDAY + ")";
        return "(" + days + " / 7 * 5 + least(" + days + " % 7, 5))";
    }
}
