package kz.edufusion.labormarket.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import kz.edufusion.common.export.ExportTable;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.labormarket.EmployerDemand;
import kz.edufusion.labormarket.MonthlyDemand;
import kz.edufusion.labormarket.RegionDemand;
import kz.edufusion.labormarket.RelatedSkill;
import kz.edufusion.labormarket.SkillDemand;
import kz.edufusion.labormarket.VacancySummary;
import org.springframework.stereotype.Component;

/** The tables of the demand and vacancy pages as downloads, with the same columns the pages show. */
@Component
class DemandTables {

    private final ReferenceNames names;

    DemandTables(ReferenceNames names) {
        this.names = names;
    }

    ExportTable skills(String name, List<SkillDemand> rows, Locale locale) {
        ExportTable.Builder table = ExportTable.named(name, "lm.demand.column.skill", "lm.demand.column.uri",
                "lm.demand.column.vacancies", "lm.demand.column.share", "lm.demand.column.median",
                "lm.demand.column.previous", "lm.demand.column.change");
        rows.forEach(r -> table.row(r.label().in(locale), r.skillUri(), r.vacancies(), percent(r.share()),
                r.medianSalaryKzt(), r.previousVacancies(), r.changePercent() == null ? null : round(r.changePercent())));
        return table.build();
    }

    ExportTable months(String name, List<MonthlyDemand> rows) {
        ExportTable.Builder table = ExportTable.named(name, "lm.demand.column.month", "lm.demand.column.vacancies",
                "lm.demand.column.allVacancies", "lm.demand.column.share", "lm.demand.column.median");
        rows.forEach(r -> table.row(r.month().toString(), r.vacancies(), r.allVacancies(), percent(r.share()),
                r.medianSalaryKzt()));
        return table.build();
    }

    ExportTable regions(String name, List<RegionDemand> rows, Locale locale) {
        Function<String, String> region = names.regionNamer(locale);
        ExportTable.Builder table = ExportTable.named(name, "lm.demand.column.regionCode", "lm.demand.column.region",
                "lm.demand.column.vacancies", "lm.demand.column.allVacancies", "lm.demand.column.share",
                "lm.demand.column.median");
        rows.forEach(r -> table.row(r.regionCode(), region.apply(r.regionCode()), r.vacancies(), r.allVacancies(),
                percent(r.share()), r.medianSalaryKzt()));
        return table.build();
    }

    ExportTable employers(String name, List<EmployerDemand> rows) {
        ExportTable.Builder table = ExportTable.named(name, "lm.demand.column.employer", "lm.demand.column.vacancies");
        rows.forEach(r -> table.row(r.employerName(), r.vacancies()));
        return table.build();
    }

    ExportTable related(String name, List<RelatedSkill> rows, Locale locale) {
        ExportTable.Builder table = ExportTable.named(name, "lm.demand.column.skill", "lm.demand.column.uri",
                "lm.demand.column.together", "lm.demand.column.vacancies", "lm.demand.column.lift");
        rows.forEach(r -> table.row(r.label().in(locale), r.skillUri(), r.together(), r.vacancies(), round(r.lift())));
        return table.build();
    }

    ExportTable vacancies(String name, List<VacancySummary> rows, Locale locale) {
        Function<String, String> region = names.regionNamer(locale);
        ExportTable.Builder table = ExportTable.named(name, "lm.vacancies.column.id", "lm.vacancies.column.title",
                "lm.vacancies.column.employer", "lm.vacancies.column.city", "lm.demand.column.region",
                "lm.vacancies.column.salary", "lm.vacancies.column.published");
        rows.forEach(r -> table.row(r.id(), r.title(), r.employerName(), r.city(), region.apply(r.regionCode()),
                r.salaryKztMonth(), r.publishedAt().atZone(PlatformTime.ZONE).toLocalDate()));
        return table.build();
    }

    /** A share as a percentage with two decimals, as the pages show it. */
    static BigDecimal percent(double share) {
        return round(share * 100);
    }

    static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
