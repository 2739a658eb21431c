package kz.edufusion.placements.dashboards;

/** Shares of the dashboards: in percent with one decimal, null when there is nothing to divide by. */
final class Shares {

    private Shares() {
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }
}
