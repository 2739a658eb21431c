package kz.edufusion.labormarket.survey.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.export.ExportTable;
import kz.edufusion.labormarket.DemandPicture.CombinedSkill;
import kz.edufusion.labormarket.SurveyResults;
import kz.edufusion.labormarket.SurveyResults.CoverageCell;
import kz.edufusion.labormarket.SurveyResults.HiringCell;
import kz.edufusion.labormarket.SurveyResults.SkillDemand;
import org.springframework.context.MessageSource;

/**
 * The results tables as downloads, names in the user's language, ratios with four decimals (numbers in XLSX, a dot
 * as decimal separator in CSV so any spreadsheet locale reads them), suppressed cells as "&lt; 3" exactly as on
 * the page.
 */
final class SurveyResultsTables {

    static final List<String> TABLES = List.of("combined", "skills", "hires", "coverage");

    private final MessageSource messages;
    private final Locale locale;

    SurveyResultsTables(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    ExportTable table(String table, SurveyResults results) {
        String name = ("survey-" + results.quarter() + "-" + table).toLowerCase(Locale.ROOT);
        return switch (table) {
            case "combined" -> combined(name, results);
            case "skills" -> skills(name, results);
            case "hires" -> hires(name, results);
            default -> coverage(name, results);
        };
    }

    private ExportTable combined(String name, SurveyResults results) {
        ExportTable.Builder out = named(name, "rank", "skill", "skillUri", "vacancies", "vacancyShare", "vacancyNormalized",
                "surveyCompanies", "surveySignal", "surveyNormalized", "combined");
        for (CombinedSkill s : results.picture().skills()) {
            out.row(s.rank(), text(s.label()), s.skillUri(), s.vacancies(), number(s.vacancyShare()), number(s.vacancyNormalized()),
                    s.surveyCompanies(), number(s.surveySignal()), number(s.surveyNormalized()), number(s.combined()));
        }
        return out.build();
    }

    private ExportTable skills(String name, SurveyResults results) {
        ExportTable.Builder out = named(name, "rank", "skill", "skillUri", "companies", "meanImportance", "weightedScore");
        for (SkillDemand s : results.skills()) {
            out.row(s.rank(), text(s.label()), s.skillUri(), s.suppressed() ? suppressed() : s.companies(),
                    s.suppressed() ? suppressed() : number(s.meanImportance()), s.suppressed() ? suppressed() : number(s.weightedScore()));
        }
        return out.build();
    }

    private ExportTable hires(String name, SurveyResults results) {
        ExportTable.Builder out = named(name, "dimension", "code", "name", "companies", "expectedHires");
        hiringRows("occupation", results.hiresByOccupation(), out);
        hiringRows("region", results.hiresByRegion(), out);
        return out.build();
    }

    private void hiringRows(String dimension, List<HiringCell> cells, ExportTable.Builder out) {
        for (HiringCell c : cells) {
            out.row(message("lm.survey.csv.dimension." + dimension), c.code(), text(c.label()),
                    c.suppressed() ? suppressed() : c.companies(), c.suppressed() ? suppressed() : c.expectedHires());
        }
    }

    private ExportTable coverage(String name, SurveyResults results) {
        ExportTable.Builder out = named(name, "dimension", "code", "name", "responding", "activeCompanies");
        out.row(message("lm.survey.csv.dimension.total"), "", "", results.coverage().responding(), results.coverage().activeCompanies());
        for (CoverageCell c : results.coverage().byRegion()) {
            out.row(message("lm.survey.csv.dimension.region"), c.code(), text(c.name()), c.responding(), c.activeCompanies());
        }
        for (CoverageCell c : results.coverage().bySection()) {
            out.row(message("lm.survey.csv.dimension.section"), c.code(), text(c.name()), c.responding(), c.activeCompanies());
        }
        return out.build();
    }

    private static ExportTable.Builder named(String name, String... columns) {
        return ExportTable.named(name, Arrays.stream(columns).map(c -> "lm.survey.csv." + c).toArray(String[]::new));
    }

    private String text(LocalizedText text) {
        return text == null ? "" : text.in(locale);
    }

    private String suppressed() {
        return message("lm.survey.suppressed");
    }

    private static BigDecimal number(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }

    private String message(String key) {
        return messages.getMessage(key, null, locale);
    }
}
