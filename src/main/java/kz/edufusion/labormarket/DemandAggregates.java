package kz.edufusion.labormarket;

import java.util.Optional;

/**
 * The demand aggregates behind {@link LaborMarketDemand}. They are rebuilt after every vacancy import, every
 * night and when an administrator asks; a rebuild is one transaction, so readers see the previous build until
 * the new one is complete, and two rebuilds never run at the same time (the second waits for the first).
 */
public interface DemandAggregates {

    enum Trigger { IMPORT, SCHEDULE, ADMIN }

    AggregateRefresh refresh(Trigger trigger);

    Optional<AggregateRefresh> lastRefresh();
}
