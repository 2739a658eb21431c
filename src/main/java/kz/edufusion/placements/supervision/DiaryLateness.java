package kz.edufusion.placements.supervision;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * When a diary is late: its last entry (or, before the first one, the placement's first day) is older than N working
 * days (Monday to Friday) on the day asked, counting up to the placement's last day at most. A placement that has not
 * started yet is never late.
 */
public final class DiaryLateness {

    private DiaryLateness() {
    }

    public static boolean late(LocalDate startsOn, LocalDate endsOn, LocalDate lastEntry, LocalDate today, int workingDays) {
        if (today.isBefore(startsOn)) {
            return false;
        }
        LocalDate since = lastEntry == null || lastEntry.isBefore(startsOn) ? startsOn : lastEntry;
        LocalDate until = today.isAfter(endsOn) ? endsOn : today;
        return workingDaysAfter(since, until) > workingDays;
    }

    /** The working days d with {@code from < d <= to}. */
    static int workingDaysAfter(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }
}
