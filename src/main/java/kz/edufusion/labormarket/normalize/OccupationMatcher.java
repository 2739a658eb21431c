package kz.edufusion.labormarket.normalize;

import java.util.Optional;

/** Title normalization: the ESCO occupation (and its ISCO-08 unit group) a vacancy title names. */
public interface OccupationMatcher {

    Optional<OccupationMatch> match(String title);

    /** An ESCO occupation URI and the 4-digit ISCO-08 unit group it belongs to. */
    record OccupationMatch(String occupationUri, String iscoCode) {
    }
}
