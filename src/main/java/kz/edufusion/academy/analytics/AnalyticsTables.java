package kz.edufusion.academy.analytics;

import java.util.List;
import java.util.Locale;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.export.ExportTable;
import kz.edufusion.common.web.DomainProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The analytics' tables as downloads (CSV or XLSX through the common exporter) with the figures the pages show:
 * a hidden figure is the word "hidden" in the reader's language, never 0 or an empty cell.
 */
@Component
public class AnalyticsTables {

    public static final List<String> ACADEMY = List.of("semesters", "regions", "universities", "courses");
    public static final List<String> COURSE = List.of("semesters", "lessons");

    private static final String COLUMN = "academyAnalytics.column.";

    private final MessageSource messages;

    AnalyticsTables(MessageSource messages) {
        this.messages = messages;
    }

    public ExportTable academy(String table, AcademyOverview overview, Locale locale) {
        return switch (table) {
            case "semesters" -> semesters("academy-semesters", overview.semesters(), locale);
            case "regions" -> groups("regions-" + slug(overview.selected()), overview.regions(), locale);
            case "universities" -> groups("universities-" + slug(overview.selected()), overview.universities(), locale);
            case "courses" -> groups("courses-" + slug(overview.selected()), overview.courses(), locale);
            default -> throw DomainProblem.notFound("academy.problem.notFound");
        };
    }

    public ExportTable course(String table, CourseFigures figures, Locale locale) {
        return switch (table) {
            case "semesters" -> semesters("course-semesters", figures.semesters(), locale);
            case "lessons" -> {
                ExportTable.Builder rows = ExportTable.named("course-lessons", COLUMN + "number", COLUMN + "lesson",
                        COLUMN + "reached", COLUMN + "completedLesson", COLUMN + "reachedShare");
                figures.lessons().forEach(l -> rows.row(l.number(), text(l.title(), locale), cell(l.reached(), locale),
                        cell(l.completed(), locale), cell(l.reachedShare(), locale)));
                yield rows.build();
            }
            default -> throw DomainProblem.notFound("academy.problem.notFound");
        };
    }

    private ExportTable semesters(String name, List<SemesterRow> semesters, Locale locale) {
        ExportTable.Builder rows = ExportTable.named(name, COLUMN + "semester", COLUMN + "enrollments", COLUMN + "growth",
                COLUMN + "stemEnrollments", COLUMN + "stemFemale", COLUMN + "stemFemaleGrowth", COLUMN + "stemFemaleShare",
                COLUMN + "remote", COLUMN + "completionRate");
        semesters.forEach(s -> rows.row(s.semester().code(), cell(s.enrollments(), locale), cell(s.growth(), locale),
                cell(s.stemEnrollments(), locale), cell(s.stemFemale(), locale), cell(s.stemFemaleGrowth(), locale),
                cell(s.stemFemaleShare(), locale), cell(s.remote(), locale), cell(s.completionRate(), locale)));
        return rows.build();
    }

    private ExportTable groups(String name, List<GroupRow> groups, Locale locale) {
        ExportTable.Builder rows = ExportTable.named(name, COLUMN + "group", COLUMN + "enrollments", COLUMN + "female",
                COLUMN + "completed", COLUMN + "completionRate", COLUMN + "passRate", COLUMN + "remoteRegion");
        groups.forEach(g -> rows.row(g.label() == null ? messages.getMessage("academyAnalytics.none", null, locale)
                        : text(g.label(), locale), cell(g.enrollments(), locale), cell(g.female(), locale), cell(g.completed(), locale),
                cell(g.completionRate(), locale), cell(g.passRate(), locale),
                messages.getMessage(g.remote() ? "academyAnalytics.yes" : "academyAnalytics.no", null, locale)));
        return rows.build();
    }

    private Object cell(Object value, Locale locale) {
        return value == null ? messages.getMessage("academyAnalytics.hidden", null, locale) : value;
    }

    private static String text(LocalizedText text, Locale locale) {
        return text == null ? "" : text.in(locale.getLanguage());
    }

    private static String slug(AcademicSemester semester) {
        return semester.code().toLowerCase(Locale.ROOT);
    }
}
