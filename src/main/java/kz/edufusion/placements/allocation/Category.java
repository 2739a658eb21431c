package kz.edufusion.placements.allocation;

/**
 * Equity categories an offer may reserve seats for (seed 000: people from remote areas; seed 004: targeted
 * grants for students from regions with education gaps; seed 000: +30% female participation in STEM). The
 * declaration order is the order in which an offer fills its reserved seats (see docs/decisions/0008).
 */
public enum Category {
    REMOTE_REGION,
    TARGETED_GRANT,
    WOMEN_IN_STEM;

    static final Category[] ALL = values();

    int bit() {
        return 1 << ordinal();
    }
}
