package kz.edufusion.labormarket;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;

/**
 * Demand for skills as the rest of the platform reads it: from the demand aggregates (rebuilt after each
 * vacancy import) and, for vacancy lists, from the vacancies themselves. Duplicated vacancies never count.
 * Every method validates its filter: an unknown region, NACE section or skill, or a period that ends before it
 * starts, is a {@link kz.edufusion.common.web.DomainProblem} (status 400, key {@code lm.demand.filter.*}) naming
 * the field.
 */
public interface LaborMarketDemand {

    /** Skills by vacancies in the filter, most asked first, with share, median salary and change. */
    PageResponse<SkillDemand> topSkills(DemandFilter filter, PageQuery page);

    /**
     * Skills whose vacancies grew most from the previous period of equal length to this one (percent change,
     * skills new in this period first). Only skills with enough support take part: see {@link TrendRule}.
     */
    List<SkillDemand> risingSkills(DemandFilter filter, int limit);

    /** Skills whose vacancies fell most (percent change, most negative first), under the same support rule. */
    List<SkillDemand> fallingSkills(DemandFilter filter, int limit);

    /** The demand for one skill (by URI or last URI segment); empty when the taxonomy has no such skill. */
    Optional<SkillProfile> skillProfile(String skillIdOrUri, DemandFilter filter);

    DemandTotals totals(DemandFilter filter);

    /** The latest month that has vacancies, if any (pages default their period to the year ending there). */
    Optional<YearMonth> latestMonth();

    PageResponse<VacancySummary> searchVacancies(VacancySearch search, PageQuery page);

    Optional<VacancyDetails> vacancy(long id);
}
