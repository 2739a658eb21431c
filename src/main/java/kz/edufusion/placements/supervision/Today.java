package kz.edufusion.placements.supervision;

import java.time.Clock;
import java.time.LocalDate;
import kz.edufusion.common.web.PlatformTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Today in Kazakhstan (UTC+5), from the application's clock when one is defined, else the system's. */
@Component
class Today {

    private final Clock clock;

    Today(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    LocalDate date() {
        return LocalDate.ofInstant(clock.instant(), PlatformTime.ZONE);
    }
}
