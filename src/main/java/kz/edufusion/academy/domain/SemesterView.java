package kz.edufusion.academy.domain;

import java.time.LocalDate;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** An academic semester. */
public record SemesterView(UUID id, String code, LocalizedText name, LocalDate startsOn, LocalDate endsOn) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
