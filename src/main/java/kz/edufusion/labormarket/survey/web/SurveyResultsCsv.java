package kz.edufusion.labormarket.survey.web;

import java.util.List;
import java.util.Locale;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.csv.CsvWriter;
import kz.edufusion.labormarket.DemandPicture.CombinedSkill;
import kz.edufusion.labormarket.SurveyResults;
import kz.edufusion.labormarket.SurveyResults.CoverageCell;
import kz.edufusion.labormarket.SurveyResults.HiringCell;
import kz.edufusion.labormarket.SurveyResults.SkillDemand;
import org.springframework.context.MessageSource;

/**
 * The results tables as CSV, headers in the user's language, numbers with a dot as decimal separator (so any
 * spreadsheet locale reads them), suppressed cells as "&lt; 3" exactly as on the page.
 */
final class SurveyResultsCsv {

    static final List<String> TABLES = List.of("combined", "skills", "hires", "coverage");

    private final MessageSource messages;
    private final Locale locale;

    SurveyResultsCsv(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void write(String table, SurveyResults results, CsvWriter out) {
        switch (table) {
            case "combined" -> combined(results, out);
            case "skills" -> skills(results, out);
            case "hires" -> hires(results, out);
            default -> coverage(results, out);
        }
    }

    private void combined(SurveyResults results, CsvWriter out) {
        out.row(header("rank", "skill", "skillUri", "vacancies", "vacancyShare", "vacancyNormalized", "surveyCompanies",
                "surveySignal", "surveyNormalized", "combined"));
        for (CombinedSkill s : results.picture().skills()) {
            out.row(s.rank(), text(s.label()), s.skillUri(), s.vacancies(), number(s.vacancyShare()), number(s.vacancyNormalized()),
                    s.surveyCompanies(), number(s.surveySignal()), number(s.surveyNormalized()), number(s.combined()));
        }
    }

    private void skills(SurveyResults results, CsvWriter out) {
        out.row(header("rank", "skill", "skillUri", "companies", "meanImportance", "weightedScore"));
        for (SkillDemand s : results.skills()) {
            out.row(s.rank(), text(s.label()), s.skillUri(), s.suppressed() ? suppressed() : s.companies(),
                    s.suppressed() ? suppressed() : number(s.meanImportance()), s.suppressed() ? suppressed() : number(s.weightedScore()));
        }
    }

    private void hires(SurveyResults results, CsvWriter out) {
        out.row(header("dimension", "code", "name", "companies", "expectedHires"));
        hiringRows("occupation", results.hiresByOccupation(), out);
        hiringRows("region", results.hiresByRegion(), out);
    }

    private void hiringRows(String dimension, List<HiringCell> cells, CsvWriter out) {
        for (HiringCell c : cells) {
            out.row(message("lm.survey.csv.dimension." + dimension), c.code(), text(c.label()),
                    c.suppressed() ? suppressed() : c.companies(), c.suppressed() ? suppressed() : c.expectedHires());
        }
    }

    private void coverage(SurveyResults results, CsvWriter out) {
        out.row(header("dimension", "code", "name", "responding", "activeCompanies"));
        out.row(message("lm.survey.csv.dimension.total"), "", "", results.coverage().responding(), results.coverage().activeCompanies());
        for (CoverageCell c : results.coverage().byRegion()) {
            out.row(message("lm.survey.csv.dimension.region"), c.code(), text(c.name()), c.responding(), c.activeCompanies());
        }
        for (CoverageCell c : results.coverage().bySection()) {
            out.row(message("lm.survey.csv.dimension.section"), c.code(), text(c.name()), c.responding(), c.activeCompanies());
        }
    }

    private List<String> header(String... columns) {
        return java.util.Arrays.stream(columns).map(c -> message("lm.survey.csv." + c)).toList();
    }

    private String text(LocalizedText text) {
        return text == null ? "" : text.in(locale);
    }

    private String suppressed() {
        return message("lm.survey.suppressed");
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private String message(String key) {
        return messages.getMessage(key, null, locale);
    }
}
