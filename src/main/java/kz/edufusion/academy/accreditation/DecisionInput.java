package kz.edufusion.academy.accreditation;

import java.time.LocalDate;

/** The decision on a reviewed submission: an approval needs its validity period, the other two their reasons. */
public record DecisionInput(AccreditationDecision decision, LocalDate validFrom, LocalDate validUntil, String reasons) {
}
