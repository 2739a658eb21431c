package kz.edufusion.placements.dashboards;

/**
 * The Ministry's figures must not identify students: a figure that counts fewer than {@link #MIN_STUDENTS} students
 * (1 to 4) is given as null and shown as {@link #MARK}; a row of fewer than {@link #MIN_STUDENTS} students shows no
 * figure at all, shares included. Zero is shown (nobody to identify). Shares in larger rows are shown even when
 * their numerator is small: no secondary suppression is made (a total minus its other rows may reveal a small one).
 */
public final class SmallCells {

    public static final int MIN_STUDENTS = 5;
    public static final String MARK = "<5";

    private SmallCells() {
    }

    /** The count, or null when it is 1 to 4. */
    static Long shown(long count) {
        return count > 0 && count < MIN_STUDENTS ? null : count;
    }

    static boolean small(long students) {
        return students > 0 && students < MIN_STUDENTS;
    }

    /** A value for a table cell or a download: the number, or {@link #MARK} for a suppressed one. */
    public static Object cell(Long value) {
        return value == null ? MARK : value;
    }
}
