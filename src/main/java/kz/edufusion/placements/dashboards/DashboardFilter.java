package kz.edufusion.placements.dashboards;

import kz.edufusion.placements.OfferType;

/**
 * What a dashboard counts: the placements (and offers) whose dates touch the academic year, of one region
 * (ISO 3166-2:KZ) and one offer type where set. The coordinator's and company's dashboards use the year only.
 */
public record DashboardFilter(AcademicYear year, String regionCode, OfferType offerType) {

    public static DashboardFilter of(AcademicYear year) {
        return new DashboardFilter(year, null, null);
    }
}
