package kz.edufusion.placements.dashboards;

import java.util.List;

/**
 * The national figures for one filter: the total, the rows by region (of the offer, else of the company), by NACE
 * section of the company and by field of education of the student (null code: not known), and dual education
 * against the KAZDUAL targets.
 */
public record MinistryFigures(DashboardFilter filter, MinistryRow total, List<MinistryRow> regions,
        List<MinistryRow> sectors, List<MinistryRow> fields, KazdualProgress kazdual) {
}
