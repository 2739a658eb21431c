package kz.edufusion.programs.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.UUID;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Import at the scale of a whole national register, by hand only (see docs/benchmarks.md):
 * {@code ./mvnw -B -ntp test -Dtest=ProgramImportBenchmarkTest -Dbench=true -Dbench.programs=10000}.
 * One workbook of N programs (3 outcomes in ru and en, 2 disciplines, 2 cohorts each) into one university
 * (Polytechnic of Porto, which has no demo programs), timed: writing the XLSX, reading it, importing it (with skill
 * extraction for every outcome and discipline), exporting it again, and a re-import of the same file (all updates).
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ProgramImportBenchmarkTest {

    private static final Logger log = LoggerFactory.getLogger(ProgramImportBenchmarkTest.class);
    private static final String[][] OUTCOMES = {
            {"Разрабатывает программы на Python и SQL", "Develops software in Python and writes SQL queries"},
            {"Проводит анализ данных и строит модели машинного обучения", "Performs data analysis and builds machine learning models"},
            {"Администрирует серверы Linux и компьютерные сети", "Administers Linux servers and computer networks"},
            {"Ведёт бухгалтерский учёт и финансовую отчётность", "Keeps accounting records and financial statements"},
            {"Управляет проектами и работает в команде", "Performs project management and works in teams"},
            {"Соблюдает требования охраны труда и здоровья", "Follows health and safety standards"}};

    @Autowired ProgramImporter importer;
    @Autowired ProgramExporter exporter;
    @Autowired IdentityDirectory directory;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeBenchmarkPrograms() {
        jdbc.update("DELETE FROM programs.program WHERE university_id = ?", university());
    }

    @Test
    void importExportAndReimportAtScale() throws Exception {
        int n = Integer.getInteger("bench.programs", 10_000);
        ExportTables tables = new ExportTables();
        for (int i = 0; i < n; i++) {
            String code = String.format("6B%02d%03d", 1 + i / 1000, i % 1000);
            tables.add(Sheet.PROGRAMS, code, "BACHELOR", null, "Программа " + i, "Program " + i, null, null, 240, "ru;en",
                    "EXISTING", "IAAR", "2028-06-30", "KZ-75", null);
            for (int o = 0; o < 3; o++) {
                String[] text = OUTCOMES[(i + o) % OUTCOMES.length];
                tables.add(Sheet.OUTCOMES, code, "LO" + (o + 1), null, text[0], text[1]);
            }
            tables.add(Sheet.DISCIPLINES, code, "D1", null, "Основы программирования", "Programming fundamentals", "BD", "CORE",
                    6, "LO1;LO2");
            tables.add(Sheet.DISCIPLINES, code, "D2", null, "Анализ данных", "Data analysis", "PD", "ELECTIVE", 5, "LO3");
            tables.add(Sheet.COHORTS, code, 2024, 100, 80);
            tables.add(Sheet.COHORTS, code, 2025, 110, 85);
        }
        long t0 = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookWriter.xlsx(tables, out);
        long t1 = System.nanoTime();
        UploadedTables read = TableReaders.xlsx(new ByteArrayInputStream(out.toByteArray()));
        long t2 = System.nanoTime();
        ImportReport first = importer.importInto(university(), read);
        long t3 = System.nanoTime();
        ExportTables exported = exporter.export(admin(), university());
        long t4 = System.nanoTime();
        ImportReport again = importer.importInto(university(), TableReaders.xlsx(new ByteArrayInputStream(out.toByteArray())));
        long t5 = System.nanoTime();

        assertThat(first.programsCreated()).isEqualTo(n);
        assertThat(first.rejections()).isEmpty();
        assertThat(exported.rows(Sheet.OUTCOMES)).hasSize(3 * n);
        assertThat(again.programsUpdated()).isEqualTo(n);
        log.info("Program import benchmark: {} programs ({} rows, {} KB XLSX): write {} ms, read {} ms, import {} ms "
                        + "({} proposals), export {} ms, re-import {} ms", n, 8 * n, out.size() / 1024, ms(t0, t1), ms(t1, t2),
                ms(t2, t3), first.proposals(), ms(t3, t4), ms(t4, t5));
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private UUID university() {
        return directory.activeOrganizations(OrganizationType.UNIVERSITY).stream()
                .filter(o -> "IPP".equals(o.shortName())).findFirst().orElseThrow().id();
    }

    private kz.edufusion.identity.CurrentUser admin() {
        return new kz.edufusion.identity.CurrentUser(UUID.randomUUID(), "bench@edufusion.kz", "bench", "en", "", true, null,
                java.util.List.of(new kz.edufusion.identity.Membership(university(), null, OrganizationType.UNIVERSITY,
                        kz.edufusion.identity.OrganizationStatus.ACTIVE, kz.edufusion.identity.Role.PLATFORM_ADMIN)));
    }
}
