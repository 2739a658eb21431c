package kz.edufusion.placements.dashboards;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.export.ExportTable;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.placements.ApplicationStatus;
import kz.edufusion.placements.PlacementStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboards' tables as downloads (CSV or XLSX through the common exporter), with the figures the pages show:
 * the Ministry's with {@link SmallCells#MARK} where the page shows it. Shares are percent with one decimal.
 */
@Component
public class DashboardTables {

    public static final List<String> COORDINATOR = List.of("summary", "programs");
    public static final List<String> COMPANY = List.of("offers", "interns", "mentors");
    public static final List<String> MINISTRY = List.of("summary", "regions", "sectors", "fields");

    private static final String COLUMN = "placements.dashboards.column.";
    private static final String FIGURE = "placements.dashboards.figure.";

    private final MessageSource messages;
    private final DashboardLabels labels;
    private final PlatformTime time;

    DashboardTables(MessageSource messages, DashboardLabels labels, PlatformTime time) {
        this.messages = messages;
        this.labels = labels;
        this.time = time;
    }

    public ExportTable coordinator(String table, CoordinatorFigures f, Locale locale) {
        if (table.equals("programs")) {
            ExportTable.Builder rows = ExportTable.named("coordinator-programs", COLUMN + "program", COLUMN + "yearOfStudy",
                    COLUMN + "students", COLUMN + "placed", COLUMN + "needing");
            f.programs().forEach(p -> rows.row(p.programCode(), p.yearOfStudy(), p.students(), p.placed(), p.needing()));
            return rows.build();
        }
        ExportTable.Builder rows = summary("coordinator-summary", f.year(), locale);
        figure(rows, "students", f.students(), locale);
        figure(rows, "placed", f.placed(), locale);
        figure(rows, "needing", f.needing(), locale);
        figure(rows, "placements", f.placements(), locale);
        figure(rows, "paid", f.paid(), locale);
        figure(rows, "paidShare", f.paidShare(), locale);
        figure(rows, "active", f.active(), locale);
        figure(rows, "late", f.late(), locale);
        figure(rows, "atRisk", f.atRisk(), locale);
        figure(rows, "riskDiary", f.riskDiary(), locale);
        figure(rows, "riskScore", f.riskScore(), locale);
        figure(rows, "riskEnded", f.riskEnded(), locale);
        return rows.build();
    }

    public ExportTable company(String table, CompanyFigures f, Locale locale) {
        switch (table) {
            case "offers" -> {
                List<String> headers = new java.util.ArrayList<>(List.of(COLUMN + "offer", COLUMN + "type", COLUMN + "status",
                        COLUMN + "startsOn", COLUMN + "endsOn", COLUMN + "seats"));
                for (ApplicationStatus s : ApplicationStatus.values()) {
                    headers.add("placements.status." + s);
                }
                headers.add(COLUMN + "applicants");
                headers.add(COLUMN + "placed");
                List<List<?>> rows = f.offers().stream().<List<?>>map(o -> {
                    List<Object> row = new java.util.ArrayList<>(List.of(o.title().in(locale), o.type().name(),
                            o.status().name(), o.startsOn(), o.endsOn(), o.seats()));
                    for (ApplicationStatus s : ApplicationStatus.values()) {
                        row.add(o.applicants().get(s));
                    }
                    row.add(o.applicantsTotal());
                    row.add(o.placed());
                    return row;
                }).toList();
                return new ExportTable("company-offers", headers, rows::forEach);
            }
            case "interns" -> {
                ExportTable.Builder rows = ExportTable.named("company-interns", COLUMN + "status", COLUMN + "interns");
                for (PlacementStatus s : PlacementStatus.values()) {
                    rows.row(s.name(), f.interns().getOrDefault(s, 0L));
                }
                return rows.build();
            }
            default -> {
                ExportTable.Builder rows = ExportTable.named("company-mentors", COLUMN + "mentor", COLUMN + "currentInterns",
                        COLUMN + "interns", COLUMN + "pending", COLUMN + "oldestPending");
                f.mentors().forEach(m -> rows.row(m.mentorId() == null
                                ? messages.getMessage("placements.dashboards.noMentor", null, locale) : m.mentorName(),
                        m.currentInterns(), m.interns(), m.pending(), time.format(m.oldestPending())));
                return rows.build();
            }
        }
    }

    public ExportTable ministry(String table, MinistryFigures f, Locale locale) {
        return switch (table) {
            case "regions" -> rows("ministry-regions", f.regions(), labels.regions(), locale);
            case "sectors" -> rows("ministry-sectors", f.sectors(), labels.sections(), locale);
            case "fields" -> rows("ministry-fields", f.fields(), labels.fields(), locale);
            default -> {
                ExportTable.Builder rows = summary("ministry-summary", f.filter().year(), locale);
                MinistryRow t = f.total();
                figure(rows, "placements", SmallCells.cell(t.placements()), locale);
                figure(rows, "students", SmallCells.cell(t.students()), locale);
                figure(rows, "paid", SmallCells.cell(t.paid()), locale);
                figure(rows, "paidShare", t.paidShare(), locale);
                figure(rows, "dualCompanies", f.kazdual().companies(), locale);
                figure(rows, "dualCompanyTarget", KazdualProgress.COMPANY_TARGET, locale);
                figure(rows, "dualStudents", SmallCells.cell(f.kazdual().students()), locale);
                figure(rows, "dualStudentTarget", KazdualProgress.STUDENT_TARGET, locale);
                figure(rows, "completed", SmallCells.cell(t.completed()), locale);
                figure(rows, "hired", SmallCells.cell(t.hired()), locale);
                figure(rows, "conversion", t.conversion(), locale);
                yield rows.build();
            }
        };
    }

    private static ExportTable rows(String name, List<MinistryRow> rows, Map<String, LocalizedText> names, Locale locale) {
        ExportTable.Builder table = ExportTable.named(name, COLUMN + "code", COLUMN + "name", COLUMN + "placements",
                COLUMN + "students", COLUMN + "paid", COLUMN + "paidShare", COLUMN + "dualCompanies", COLUMN + "dualStudents",
                COLUMN + "completed", COLUMN + "hired", COLUMN + "conversion");
        rows.forEach(r -> table.row(r.code(), DashboardLabels.name(names, r.code(), locale), SmallCells.cell(r.placements()),
                SmallCells.cell(r.students()), SmallCells.cell(r.paid()), r.paidShare(),
                SmallCells.cell(r.dualCompanies()), SmallCells.cell(r.dualStudents()),
                SmallCells.cell(r.completed()), SmallCells.cell(r.hired()), r.conversion()));
        return table.build();
    }

    private ExportTable.Builder summary(String name, AcademicYear year, Locale locale) {
        ExportTable.Builder rows = ExportTable.named(name, COLUMN + "figure", COLUMN + "value");
        rows.row(messages.getMessage(COLUMN + "year", null, locale), year.label());
        return rows;
    }

    private void figure(ExportTable.Builder rows, String key, Object value, Locale locale) {
        rows.row(messages.getMessage(FIGURE + key, null, locale), value);
    }
}
