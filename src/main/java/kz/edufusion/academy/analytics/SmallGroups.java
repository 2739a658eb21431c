package kz.edufusion.academy.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures must not point at a person: a count of 1 to 4 is hidden (null, shown as "hidden", never as 0), and a
 * rate or a growth is hidden when the group it is taken of has fewer than {@link #MIN} people. Zero is shown: there
 * is nobody to identify. As in the placement dashboards, no secondary suppression is made.
 */
public final class SmallGroups {

    public static final int MIN = 5;

    private SmallGroups() {
    }

    public static Long count(long n) {
        return n > 0 && n < MIN ? null : n;
    }

    /** A percentage with one decimal, or null when the group is smaller than five. */
    public static BigDecimal rate(long part, long whole) {
        return whole < MIN ? null : percent(part, whole);
    }

    /** Growth in percent against the previous figure, or null when either is hidden or the previous one is zero. */
    public static BigDecimal growth(long now, long before) {
        if (before < MIN || count(now) == null) {
            return null;
        }
        return BigDecimal.valueOf((now - before) * 100L).divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
