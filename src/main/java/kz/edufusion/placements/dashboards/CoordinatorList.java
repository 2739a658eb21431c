package kz.edufusion.placements.dashboards;

import java.util.Locale;
import java.util.Optional;

/**
 * The lists behind the coordinator's figures: students still needing a placement or placed (filtered by program and
 * year of study where given), the placements of the year (all, paid, unpaid), the late diaries and the placements
 * of the students at risk. Named in URLs by {@link #slug()}.
 */
public enum CoordinatorList {
    UNPLACED(true), PLACED(true), PLACEMENTS(false), PAID(false), UNPAID(false), LATE(false), AT_RISK(false);

    private final boolean students;

    CoordinatorList(boolean students) {
        this.students = students;
    }

    /** True for the lists of students (one row a student), false for the lists of placements. */
    public boolean students() {
        return students;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<CoordinatorList> ofSlug(String slug) {
        for (CoordinatorList list : values()) {
            if (list.slug().equals(slug)) {
                return Optional.of(list);
            }
        }
        return Optional.empty();
    }
}
