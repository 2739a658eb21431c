package kz.edufusion.placements.agreements;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.edufusion.placements.PlacementParty;
import kz.edufusion.placements.domain.PlacementView;

/**
 * The agreement tab as one reader sees it: the placement, the parts they take in it, the agreement (empty before it
 * is prepared) and what they may do now. The page shows only the actions allowed; the service checks them again.
 */
public record AgreementPage(PlacementView placement, Set<PlacementParty> parties, Optional<AgreementView> agreement,
        boolean mayPrepare, boolean mayEdit, boolean mayAmend, boolean mayTerminate, List<PlacementParty> maySignAs) {
}
