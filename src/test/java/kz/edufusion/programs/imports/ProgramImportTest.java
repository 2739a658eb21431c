package kz.edufusion.programs.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.programs.domain.ProgramStore;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class ProgramImportTest {

    @Autowired ProgramImporter importer;
    @Autowired ProgramExporter exporter;
    @Autowired ProgramStore programs;
    @Autowired IdentityDirectory directory;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeTestPrograms() {
        jdbc.update("DELETE FROM programs.program WHERE code LIKE '6B0619%' OR code LIKE '7M0619%'");
    }

    @Test
    void goodRowsAreKeptAndEveryBadRowIsReportedWithItsReason() throws IOException {
        byte[] file = new Workbooks()
                .table(Sheet.PROGRAMS, List.of(
                        program("6B06190", "BACHELOR", "240"),
                        program("6X06191", "BACHELOR", "240"),
                        program("6B06192", "BACHELOR", "two hundred"),
                        program("7M06193", "BACHELOR", "120")))
                .table(Sheet.OUTCOMES, List.of(
                        Map.of("program_code", "6B06190", "code", "LO1", "text_en", "Develops software in Python and writes SQL queries"),
                        Map.of("program_code", "6B06192", "code", "LO1", "text_en", "Writes Java"),
                        Map.of("program_code", "6B06999", "code", "LO1", "text_en", "Writes Java")))
                .table(Sheet.DISCIPLINES, List.of(
                        Map.of("program_code", "6B06190", "code", "PRG1", "title_en", "Programming", "cycle", "BD",
                                "component", "CORE", "credits", 5, "outcomes", "LO1"),
                        Map.of("program_code", "6B06190", "code", "PRG2", "title_en", "Advanced programming", "cycle", "XX",
                                "component", "CORE", "credits", 5, "outcomes", "LO1;LO9")))
                .table(Sheet.COHORTS, List.of(Map.of("program_code", "6B06190", "academic_year", 2025, "intake", 40, "graduates", 0)))
                .bytes();

        ImportReport report = importer.run(coordinator(), kaznu(), TableReaders.xlsx(new ByteArrayInputStream(file)));

        assertThat(report.programsCreated()).isEqualTo(1);
        assertThat(report.outcomes()).isEqualTo(1);
        assertThat(report.disciplines()).isEqualTo(1);
        assertThat(report.cohorts()).isEqualTo(1);
        assertThat(report.proposals()).isPositive();
        assertThat(report.rejections()).extracting(r -> r.sheet() + ":" + r.row() + ":" + r.reasons().get(0).messageKey())
                .containsExactly(
                        "PROGRAMS:3:programs.problem.code.prefix",
                        "PROGRAMS:4:programs.import.reason.number",
                        "PROGRAMS:5:programs.problem.level.prefix",
                        "OUTCOMES:3:programs.import.reason.parentRejected",
                        "OUTCOMES:4:programs.import.reason.unknownProgram",
                        "DISCIPLINES:3:programs.import.reason.choice");
        assertThat(report.rejections().get(5).reasons()).extracting(ImportRejection.Reason::column)
                .containsExactly("cycle", "outcomes");
        UUID id = programs.idOf(kaznu(), "6B06190").orElseThrow();
        assertThat(programs.find(id).orElseThrow().regionCode()).as("the university's region by default").isEqualTo("KZ-75");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM programs.skill_link WHERE program_id = ? AND status = 'PROPOSED'",
                Integer.class, id)).isPositive();
        assertThat(programs.idOf(kaznu(), "6B06192")).isEmpty();
    }

    @Test
    void aTableMissingAColumnIsRefusedAndNothingIsWritten() throws IOException {
        List<String> outcomeColumns = Sheet.OUTCOMES.columns().stream().filter(c -> !c.equals("text_en")).toList();
        byte[] file = new Workbooks().table(Sheet.PROGRAMS, List.of(program("6B06194", "BACHELOR", "240")))
                .sheet("Outcomes", outcomeColumns, List.of(List.of("6B06194", "LO1", "Python", "Python")))
                .bytes();
        assertThatThrownBy(() -> importer.run(coordinator(), kaznu(), TableReaders.xlsx(new ByteArrayInputStream(file))))
                .isInstanceOf(ImportRefused.class);
        assertThat(programs.idOf(kaznu(), "6B06194")).isEmpty();
    }

    @Test
    void aCoordinatorImportsOnlyIntoTheirOwnUniversity() throws IOException {
        byte[] file = new Workbooks().table(Sheet.PROGRAMS, List.of(program("6B06195", "BACHELOR", "240"))).bytes();
        UUID satbayev = university("Satbayev University");
        assertThatThrownBy(() -> importer.run(coordinator(), satbayev, TableReaders.xlsx(new ByteArrayInputStream(file))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(programs.idOf(satbayev, "6B06195")).isEmpty();
    }

    @Test
    void anExportImportsBackUnchanged() throws IOException {
        ExportTables before = exporter.export(coordinator(), kaznu());
        assertThat(before.rows(Sheet.PROGRAMS)).hasSizeGreaterThanOrEqualTo(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookWriter.xlsx(before, out);

        ImportReport report = importer.run(coordinator(), kaznu(), TableReaders.xlsx(new ByteArrayInputStream(out.toByteArray())));

        assertThat(report.rejections()).isEmpty();
        assertThat(report.programsCreated()).isZero();
        assertThat(report.programsUpdated()).isEqualTo(before.rows(Sheet.PROGRAMS).size());
        ExportTables after = exporter.export(coordinator(), kaznu());
        for (Sheet sheet : Sheet.values()) {
            assertThat(after.rows(sheet)).as(sheet.title()).containsExactlyElementsOf(before.rows(sheet));
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        WorkbookWriter.csv(Sheet.DISCIPLINES, before, csv);
        UploadedTables again = TableReaders.csv(List.of(new ByteArrayInputStream(csv.toByteArray())));
        assertThat(again.rows(Sheet.DISCIPLINES)).hasSize(before.rows(Sheet.DISCIPLINES).size());
    }

    static Map<String, Object> program(String code, String level, String credits) {
        return Map.of("code", code, "level", level, "title_en", "Test program " + code, "title_ru", "Тестовая программа",
                "credits", credits, "languages", "ru;en", "type", "NEW", "accreditation_agency", "IAAR",
                "accredited_until", "2027-06-30");
    }

    CurrentUser coordinator() {
        return (CurrentUser) users.loadUserByUsername(DemoLogins.email("coordinator"));
    }

    UUID kaznu() {
        return university("KazNU");
    }

    UUID university(String shortName) {
        return directory.activeOrganizations(OrganizationType.UNIVERSITY).stream()
                .filter(o -> shortName.equals(o.shortName())).findFirst().orElseThrow().id();
    }
}
