package kz.edufusion.labormarket.demand;

import kz.edufusion.labormarket.DemandAggregates;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the aggregates every night on one node (ShedLock), so that vacancies changed outside an import run
 * (duplicates marked by hand, a restored backup) are counted by the morning. Absent when jobs are off.
 */
@Component
@ConditionalOnProperty(name = "edufusion.jobs.enabled", havingValue = "true", matchIfMissing = true)
class NightlyDemandRefreshJob {

    private final DemandAggregates aggregates;

    NightlyDemandRefreshJob(DemandAggregates aggregates) {
        this.aggregates = aggregates;
    }

    @Scheduled(cron = "${edufusion.labormarket.demand-refresh-cron:0 30 2 * * *}", zone = "Asia/Almaty")
    @SchedulerLock(name = "labormarket-demand-refresh", lockAtMostFor = "PT2H")
    public void refresh() {
        aggregates.refresh(DemandAggregates.Trigger.SCHEDULE);
    }
}
