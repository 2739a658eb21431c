package kz.edufusion.placements.dashboards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Whose figures a user may see: the coordinator those of the universities they coordinate, the representative those
 * of the companies they represent, the ministry's analysts and the platform's administrators the national ones.
 * An organization the user does not act for is answered as not found (guessing ids tells nothing); a user without
 * the role is refused. Also today's date in Astana time, which the figures are counted at.
 */
@Component
public class DashboardAccess {

    private final Clock clock;

    DashboardAccess(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(() -> Clock.system(PlatformTime.ZONE));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(PlatformTime.ZONE));
    }

    /** The university asked for (the user's first one when none), if the user coordinates it. */
    public UUID university(CurrentUser user, UUID requested) {
        return organization(user, requested, Role.UNIVERSITY_COORDINATOR);
    }

    /** The company asked for (the user's first one when none), if the user represents it. */
    public UUID company(CurrentUser user, UUID requested) {
        return organization(user, requested, Role.COMPANY_REPRESENTATIVE);
    }

    static void requireNational(CurrentUser user) {
        if (!user.isAdmin() && !user.has(Role.MINISTRY_ANALYST)) {
            throw new DomainProblem(HttpStatus.FORBIDDEN, "forbidden", "placements.dashboards.problem.forbidden");
        }
    }

    private static UUID organization(CurrentUser user, UUID requested, Role role) {
        List<UUID> mine = user.organizationsWhere(role);
        if (mine.isEmpty()) {
            throw new DomainProblem(HttpStatus.FORBIDDEN, "forbidden", "placements.dashboards.problem.forbidden");
        }
        if (requested == null) {
            return mine.get(0);
        }
        if (!mine.contains(requested)) {
            throw DomainProblem.notFound("placements.problem.notFound");
        }
        return requested;
    }
}
