package kz.edufusion.alignment.gap;

import kz.edufusion.alignment.AlignmentResults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the demo profile, after the demo vacancies (order 20), computes the gap analysis once in the background
 * when no run exists yet, so a fresh demo shows results without waiting for the nightly job.
 */
@Component
@Profile("demo")
@Order(40)
class FirstRecomputeAtStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstRecomputeAtStartup.class);

    private final AlignmentResults results;
    private final GapRecompute recompute;

    FirstRecomputeAtStartup(AlignmentResults results, GapRecompute recompute) {
        this.results = results;
        this.recompute = recompute;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (results.lastRun().isEmpty()) {
            Thread thread = new Thread(() -> {
                try {
                    recompute.recomputeNationIfNeverRun(RecomputeTrigger.SCHEDULE);
                } catch (RuntimeException e) {
                    log.warn("First gap analysis at start-up failed; the nightly job or an administrator will retry", e);
                }
            }, "gap-first-recompute");
            thread.setDaemon(true);
            thread.start();
        }
    }
}
