package kz.edufusion.labormarket;

import java.util.List;

/**
 * Everything about the demand for one skill in a filter: the headline figures, the monthly series (every month,
 * zeros included), the regions, the top employers and the skills most often asked together with it.
 */
public record SkillProfile(SkillDemand demand, List<MonthlyDemand> months, List<RegionDemand> regions,
        List<EmployerDemand> employers, List<RelatedSkill> related) {

    public SkillProfile {
        months = List.copyOf(months);
        regions = List.copyOf(regions);
        employers = List.copyOf(employers);
        related = List.copyOf(related);
    }
}
