package kz.edufusion.placements.allocation;

import java.util.List;
import java.util.Map;

/** {@link StabilityChecker} for tests outside this package (the round service's stored runs). */
public final class StabilityCheckerAccess {

    private StabilityCheckerAccess() {
    }

    /** Every violation of stability of the assignment (student id to offer id) under the instance; empty when stable. */
    public static List<String> violations(AllocationInstance instance, Map<String, String> assignment) {
        return new StabilityChecker(instance).violations(assignment);
    }
}
