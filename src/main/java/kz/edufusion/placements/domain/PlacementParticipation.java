package kz.edufusion.placements.domain;

import java.util.Set;
import kz.edufusion.placements.PlacementParty;

/** A placement the user may see, with the parts they take in it (never empty). */
public record PlacementParticipation(PlacementView placement, Set<PlacementParty> parties) {

    public boolean is(PlacementParty party) {
        return parties.contains(party);
    }

    public boolean isAny(PlacementParty... any) {
        for (PlacementParty p : any) {
            if (parties.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
