package kz.edufusion.labormarket;

/**
 * When a change in a skill's vacancies means something. Going from 1 vacancy to 2 is "+100%" but says
 * nothing, so a skill is rising or falling only when the larger of its two counts (this period, previous
 * period) reaches the support: at least {@link #MIN_VACANCIES} vacancies and at least {@link #MIN_SHARE} of
 * the vacancies of the busier period. Its change is the percent change of its vacancy count.
 */
public final class TrendRule {

    public static final int MIN_VACANCIES = 5;
    public static final double MIN_SHARE = 0.002;

    private TrendRule() {
    }

    /** The support for two periods with these numbers of vacancies (all skills). */
    public static long support(long currentTotal, long previousTotal) {
        return Math.max(MIN_VACANCIES, (long) Math.ceil(MIN_SHARE * Math.max(currentTotal, previousTotal)));
    }
}
