package kz.edufusion.placements.dashboards;

import java.util.List;
import kz.edufusion.common.web.DomainProblem;

/** A dashboard filter with an unreadable year, an unknown region or offer type: every bad field at once. */
public class DashboardFilterRejected extends DomainProblem {

    DashboardFilterRejected(List<FieldProblem> problems) {
        super("placements.dashboards.filter.invalid", problems);
    }
}
