package kz.edufusion.placements.allocation;

import java.util.List;

/**
 * The explanation for one offer a student listed above the outcome: the student's choice number (1 = first),
 * the reason, the student's own rank at the offer (null when not ranked) and the cutoff that beat it;
 * {@code reservedFor} names the categories whose reserved seats went to students ranked lower.
 */
public record NotChosen(String offerId, int choice, Reason reason, Cutoff yours, Cutoff cutoff, List<Category> reservedFor) {

    public NotChosen {
        reservedFor = List.copyOf(reservedFor);
    }
}
