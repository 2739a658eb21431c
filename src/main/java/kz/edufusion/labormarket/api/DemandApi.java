package kz.edufusion.labormarket.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.util.List;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.labormarket.DemandFilter;
import kz.edufusion.labormarket.DemandTotals;
import kz.edufusion.labormarket.LaborMarketDemand;
import kz.edufusion.labormarket.SkillDemand;
import kz.edufusion.labormarket.SkillProfile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Skill demand for any signed-in client. Every endpoint takes the same filter: {@code from} and {@code to} as
 * yyyy-MM (default: the twelve months ending at the latest month with vacancies), {@code region} (ISO
 * 3166-2:KZ), {@code section} (NACE letter), {@code skill} (URI or its last segment). Unknown codes answer a
 * 400 validation problem naming the parameter.
 */
@RestController
@RequestMapping("/api/v1/labormarket/demand")
@Tag(name = "Labor market demand", description = "Vacancies per skill, region, NACE section and month; rising and falling skills")
class DemandApi {

    private final LaborMarketDemand demand;

    DemandApi(LaborMarketDemand demand) {
        this.demand = demand;
    }

    @GetMapping("/skills")
    @Operation(summary = "Skills by vacancies in the filter: share of all vacancies, median salary where asked, change vs the previous period")
    PageResponse<SkillDemand> top(@RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to,
            @RequestParam(required = false) String region, @RequestParam(required = false) String section,
            @RequestParam(required = false) String skill, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return demand.topSkills(filter(from, to, region, section, skill), PageQuery.of(page, size));
    }

    @GetMapping("/rising")
    @Operation(summary = "Skills growing most against the previous period of equal length (support: at least 5 vacancies and 0.2% of the vacancies)")
    List<SkillDemand> rising(@RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to,
            @RequestParam(required = false) String region, @RequestParam(required = false) String section,
            @RequestParam(required = false) String skill,
            @Parameter(description = "at most 200") @RequestParam(defaultValue = "20") int limit) {
        return demand.risingSkills(filter(from, to, region, section, skill), limit);
    }

    @GetMapping("/falling")
    @Operation(summary = "Skills shrinking most against the previous period of equal length, under the same support rule")
    List<SkillDemand> falling(@RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to,
            @RequestParam(required = false) String region, @RequestParam(required = false) String section,
            @RequestParam(required = false) String skill, @RequestParam(defaultValue = "20") int limit) {
        return demand.fallingSkills(filter(from, to, region, section, skill), limit);
    }

    @GetMapping("/totals")
    @Operation(summary = "All vacancies of the filter: count, median salary, months and regions")
    DemandTotals totals(@RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to,
            @RequestParam(required = false) String region, @RequestParam(required = false) String section) {
        return demand.totals(filter(from, to, region, section, null));
    }

    @GetMapping("/skills/{id}/profile")
    @Operation(summary = "One skill (last segment of its URI): monthly series, regions, top employers, related skills with lift")
    SkillProfile profile(@PathVariable String id, @RequestParam(required = false) YearMonth from,
            @RequestParam(required = false) YearMonth to, @RequestParam(required = false) String region,
            @RequestParam(required = false) String section) {
        return demand.skillProfile(id, filter(from, to, region, section, null))
                .orElseThrow(() -> DomainProblem.notFound("lm.demand.skill.notFound"));
    }

    private DemandFilter filter(YearMonth from, YearMonth to, String region, String section, String skill) {
        YearMonth latest = demand.latestMonth().orElse(YearMonth.now(PlatformTime.ZONE));
        return new DemandFilter(from, to, region, section, skill).withDefaultPeriod(latest);
    }
}
