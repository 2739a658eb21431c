package kz.edufusion.alignment.gap;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The national recompute every night on one node (ShedLock), after the demand aggregates' nightly rebuild, so
 * recency weights move with the calendar and changes no event announced are picked up. Absent when jobs are off.
 */
@Component
@ConditionalOnProperty(name = "edufusion.jobs.enabled", havingValue = "true", matchIfMissing = true)
class NightlyGapRecomputeJob {

    private final GapRecompute recompute;

    NightlyGapRecomputeJob(GapRecompute recompute) {
        this.recompute = recompute;
    }

    @Scheduled(cron = "${edufusion.alignment.gap-recompute-cron:0 30 3 * * *}", zone = "Asia/Almaty")
    @SchedulerLock(name = "alignment-gap-recompute", lockAtMostFor = "PT2H")
    public void recompute() {
        recompute.recomputeNation(RecomputeTrigger.SCHEDULE);
    }
}
