package kz.edufusion.labormarket.imports;

import static kz.edufusion.labormarket.imports.ImportFiles.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.edufusion.common.PageQuery;
import kz.edufusion.labormarket.VacanciesImported;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class VacancyImportTest {

    static final String TEXT = "<p>Разработка backend-сервисов на Java и Spring Boot, PostgreSQL, Kafka, Docker. "
            + "Участие в код-ревью, проектирование API, работа в команде из восьми человек.</p>";

    @Autowired
    VacancyImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;
    @TempDir
    Path dir;
    ImportFiles files;

    @BeforeEach
    void files() {
        files = new ImportFiles(dir);
    }

    @Test
    void theDemoRunImportedTheDevFileWithRegionsSalariesAndOccupations() {
        Map<String, Object> run = jdbc.queryForMap("""
                SELECT rows_read, rows_imported + rows_duplicate AS fresh, rows_rejected FROM labormarket.import_run
                WHERE file_name = 'hh-kz-it-vacancies-2025-11.csv' AND status = 'COMPLETED' ORDER BY id LIMIT 1""");
        assertThat(run).containsEntry("rows_read", 498L).containsEntry("rows_rejected", 0L);
        Map<String, Object> shares = jdbc.queryForMap("""
                SELECT count(*) AS n, count(region_code) AS regions, count(occupation_uri) AS occupations,
                       count(nace_section) AS sections, count(language) AS languages,
                       count(*) FILTER (WHERE salary_currency IS NOT NULL) AS salaries, count(salary_kzt_month) AS kzt,
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM labormarket.vacancy_skill s WHERE s.vacancy_id = v.id)) AS skilled
                FROM labormarket.vacancy v WHERE source = 'hh' AND url LIKE 'https://hh.ru/vacancy/%'""");
        long n = (Long) shares.get("n");
        assertThat(n).isEqualTo(498);
        assertThat(shares.get("regions")).as("every dev city is placed").isEqualTo(n);
        assertThat((Long) shares.get("occupations")).as("the matcher places 98%% of dev titles").isGreaterThanOrEqualTo(480);
        assertThat((Long) shares.get("sections")).as("from the employer, else the occupation (483 of 498 measured)")
                .isGreaterThanOrEqualTo(n * 95 / 100);
        assertThat(shares.get("languages")).isEqualTo(n);
        assertThat(shares.get("kzt")).as("KZT, USD and RUR all have rates").isEqualTo(shares.get("salaries"));
        assertThat((Long) shares.get("skilled")).isGreaterThan(n * 9 / 10);
        assertThat(jdbc.queryForObject("SELECT published_month::text FROM labormarket.vacancy WHERE source = 'hh' AND source_id = '128142954'",
                String.class)).isEqualTo("2025-11-01");
    }

    @Test
    void reImportingTheDevFileChangesNothing() throws IOException {
        Path copy = dir.resolve("dev.csv");
        Files.copy(SourceFiles.devFile(), copy);
        ImportRunView run = importer.run(request(copy, ImportFormat.HH_CSV), v -> { });

        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.unchanged()).isEqualTo(498);
        assertThat(run.imported() + run.updated() + run.duplicate() + run.rejected()).isZero();
        assertThat(events.stream(VacanciesImported.class).filter(e -> e.runId() == run.id())).singleElement()
                .extracting(VacanciesImported::changed).isEqualTo(0);
    }

    @Test
    void aChangedRowUpdatesTheVacancyAndItsSkills() throws IOException {
        importer.run(request(files.csv("a.csv", files.row(1, "Java Developer", TEXT, "ТОО Альфа " + files.prefix) + "\n"), ImportFormat.HH_CSV), v -> { });
        ImportRunView second = importer.run(request(files.csv("b.csv", files.row(1, "Python Developer",
                TEXT.replace("Java и Spring Boot", "Python и Django"), "ТОО Альфа " + files.prefix) + "\n"), ImportFormat.HH_CSV), v -> { });

        assertThat(second.updated()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT title FROM labormarket.vacancy WHERE source = 'hh' AND source_id = ?", String.class, files.id(1)))
                .isEqualTo("Python Developer");
        List<String> skills = jdbc.queryForList("""
                SELECT s.skill_uri FROM labormarket.vacancy_skill s JOIN labormarket.vacancy v ON v.id = s.vacancy_id
                WHERE v.source = 'hh' AND v.source_id = ?""", String.class, files.id(1));
        assertThat(skills).isNotEmpty();
        assertThat(events.stream(VacanciesImported.class).filter(e -> e.runId() == second.id())).singleElement()
                .extracting(VacanciesImported::changed).isEqualTo(1);
    }

    @Test
    void aRePostUnderAnotherIdIsANearDuplicateOfTheFirst() throws IOException {
        String employer = "ТОО Бета " + files.prefix;
        ImportRunView run = importer.run(request(files.csv("d.csv", files.row(1, "Java Developer", TEXT, employer) + "\n"
                + files.row(2, "Java Developer", TEXT.replace("<p>", "<div><b>").replace("</p>", "</b></div>"), employer) + "\n"
                + files.row(3, "Java Developer", TEXT, "ТОО Другая " + files.prefix) + "\n"), ImportFormat.HH_CSV), v -> { });
        ImportRunView later = importer.run(request(files.csv("e.csv", files.row(4, "Java Developer", TEXT, employer) + "\n"),
                ImportFormat.HH_CSV), v -> { });

        assertThat(run.imported()).isEqualTo(2);
        assertThat(run.duplicate()).isEqualTo(1);
        assertThat(later.duplicate()).isEqualTo(1);
        Long first = id(1);
        assertThat(duplicateOf(2)).isEqualTo(first);
        assertThat(duplicateOf(3)).as("another employer's text is no re-post").isNull();
        assertThat(duplicateOf(4)).isEqualTo(first);
    }

    @Test
    void theSameTextInAnotherRegionIsHiringThereNotARePost() throws IOException {
        String employer = "ТОО Дельта " + files.prefix;
        ImportRunView run = importer.run(request(files.csv("r.csv", files.row(1, "QA Trainee", TEXT, employer) + "\n"
                + files.row(2, "QA Trainee", TEXT, employer).replace(",Алматы,", ",Павлодар,") + "\n"
                + files.row(3, "QA Trainee", TEXT, employer).replace(",Алматы,", ",Экибастуз,") + "\n"), ImportFormat.HH_CSV),
                v -> { });

        assertThat(run.imported()).as("Almaty and Pavlodar region").isEqualTo(2);
        assertThat(duplicateOf(2)).as("Pavlodar is another region than Almaty").isNull();
        assertThat(duplicateOf(3)).as("Ekibastuz lies in the Pavlodar region").isEqualTo(id(2));
    }

    @Test
    void aStrayQuoteFailsTheWholeFileWithNothingWritten() throws IOException {
        Path file = files.csv("q.csv", files.row(1, "Java Developer", TEXT, "ТОО Гамма") + "\n"
                + files.id(2) + ",Dev \"senior\",Алматы,,,,,,,,,,2025-11-27T15:47:29+0300,\n");
        ImportRunView run = importer.run(request(file, ImportFormat.HH_CSV), v -> { });

        assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(run.error()).contains("broken CSV quoting").contains("line 3");
        assertThat(count()).isZero();
    }

    @Test
    void aMissingColumnRefusesTheFile() throws IOException {
        Path file = files.write("m.csv", SourceFiles.HEADER.replace(",name", "") + "\n" + files.id(1) + ",x\n", StandardCharsets.UTF_8);
        ImportRunView run = importer.run(request(file, ImportFormat.HH_CSV), v -> { });

        assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(run.error()).isEqualTo("missing column(s) name in the header");
        assertThat(count()).isZero();
    }

    @Test
    void badRowsAreRejectedWithTheirReasonAndTheGoodOnesKept() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((SourceFiles.HEADER + ",language\n" + files.row(1, "Java Developer", TEXT, "ТОО Дельта") + ",ru\n"
                + files.id(2) + ",Short\n" + files.row(3, "", TEXT, "ТОО Дельта") + ",\n"
                + files.row(4, "Go Developer", TEXT, "ТОО Дельта") + ",xx\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes((files.row(5, "Тестировщик", "<p>текст</p>", "ТОО Дельта") + ",\n").getBytes(DecodedInput.WINDOWS_1251));
        bytes.writeBytes((files.row(6, "Разработчик", "<p>" + "слово ".repeat(200_000) + "</p>", "ТОО Дельта") + ",\n"
                + files.row(7, "Аналитик данных", "<p>SQL, Python</p>", "ТОО Эпсилон") + ",en\n").getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("bad.csv"), bytes.toByteArray());

        ImportRunView run = importer.run(request(file, ImportFormat.HH_CSV), v -> { });

        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.encoding()).isEqualTo("UTF-8");
        assertThat(run.rowsRead()).isEqualTo(7);
        assertThat(run.imported()).isEqualTo(2);
        assertThat(importer.rejections(run.id(), PageQuery.of(0, 20)).items())
                .extracting(ImportRejectionView::sourceId, ImportRejectionView::reason).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(files.id(2), "expected at least 14 fields, found 2"),
                        org.assertj.core.groups.Tuple.tuple(files.id(3), "missing title"),
                        org.assertj.core.groups.Tuple.tuple(files.id(4), "unknown language 'xx'"),
                        org.assertj.core.groups.Tuple.tuple(files.id(5),
                                "the row has bytes that are not valid UTF-8 (the file is UTF-8; this row is in another encoding)"),
                        org.assertj.core.groups.Tuple.tuple(files.id(6), "description is longer than 1000000 characters"));
        assertThat(jdbc.queryForObject("SELECT language FROM labormarket.vacancy WHERE source = 'hh' AND source_id = ?",
                String.class, files.id(7))).isEqualTo("en");
    }

    @Test
    void aWindows1251FileIsImported() throws IOException {
        Path file = files.write("cp.csv", SourceFiles.HEADER + "\n" + files.row(1, "Программист 1С", "<p>Бухгалтерия, зарплата</p>",
                "ТОО Рейтинг") + "\n", DecodedInput.WINDOWS_1251);
        ImportRunView run = importer.run(request(file, ImportFormat.HH_CSV), v -> { });

        assertThat(run.encoding()).isEqualTo("windows-1251");
        assertThat(run.imported()).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT title, description, employer_key FROM labormarket.vacancy WHERE source = 'hh' AND source_id = ?",
                files.id(1))).containsEntry("title", "Программист 1С").containsEntry("description", "Бухгалтерия, зарплата")
                .containsEntry("employer_key", "рейтинг");
    }

    @Test
    void hhApiJsonObjectsAreImported() throws IOException {
        String page = "{\"items\": [" + HhJsonSourceTest.vacancy(files.id(1)) + "," + HhJsonSourceTest.vacancy(files.id(2)) + "]}";
        ImportRunView run = importer.run(request(files.write("p.json", page, StandardCharsets.UTF_8), ImportFormat.HH_JSON), v -> { });

        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.imported() + run.duplicate()).isEqualTo(2);
        assertThat(jdbc.queryForMap("SELECT region_code, salary_kzt_month, salary_gross, tags::text FROM labormarket.vacancy "
                + "WHERE source = 'hh' AND source_id = ?", files.id(1)))
                .containsEntry("region_code", "KZ-75").containsEntry("salary_gross", true).containsEntry("tags", "{Java,Spring}")
                .containsEntry("salary_kzt_month", new java.math.BigDecimal("1820000.00"));
    }

    @Test
    void longTextsAreWrittenInSmallerBatchesAndARepeatedIdStillUpdatesInOrder() throws IOException {
        // four texts of 0.9 million characters fill a batch (ImportPipeline.BATCH_CHARS); the fifth starts the next
        StringBuilder body = new StringBuilder();
        for (int n = 1; n <= 5; n++) {
            body.append(files.row(n, "Инженер " + n, "<p>" + ("проект " + n + " ").repeat(900_000 / 9) + "</p>", "ТОО Длинная " + files.prefix))
                    .append('\n');
        }
        body.append(files.row(1, "Инженер данных", TEXT, "ТОО Длинная " + files.prefix)).append('\n');
        ImportRunView run = importer.run(request(files.csv("long.csv", body.toString()), ImportFormat.HH_CSV), v -> { });

        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.imported() + run.duplicate()).isEqualTo(5);
        assertThat(run.updated()).as("the file's later version of id 1").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT title FROM labormarket.vacancy WHERE source = 'hh' AND source_id = ?", String.class,
                files.id(1))).isEqualTo("Инженер данных");
        assertThat(jdbc.queryForObject("SELECT length(description) FROM labormarket.vacancy WHERE source = 'hh' AND source_id = ?",
                Integer.class, files.id(5))).isGreaterThan(890_000);
    }

    @Test
    void tagsWithQuotesBackslashesAndBracesAreStoredAsWritten() throws IOException {
        // the writer sends a batch's tags as array literals (VacancyColumns): every character must survive
        String odd = "[{\"name\": \"C \\\"Sharp\\\"\"}, {\"name\": \"a\\\\b\"}, {\"name\": \"{x, y}\"}, {\"name\": \"NULL\"}]";
        String page = "[" + HhJsonSourceTest.vacancy(files.id(1)).replace("[{\"name\": \"Java\"}, {\"name\": \"Spring\"}]", odd) + "]";
        ImportRunView run = importer.run(request(files.write("t.json", page, StandardCharsets.UTF_8), ImportFormat.HH_JSON), v -> { });

        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(jdbc.queryForList("SELECT unnest(tags) FROM labormarket.vacancy WHERE source = 'hh' AND source_id = ?",
                String.class, files.id(1))).containsExactly("C \"Sharp\"", "a\\b", "{x, y}", "NULL");
    }

    @Test
    void aMappedCsvIsImportedThroughItsMapping() throws IOException {
        String source = "enbek" + files.prefix;
        ColumnMapping mapping = new ColumnMapping(0, "test", source, ';', "auto", MappedCsvSourceTest.enbek("auto").columns(), "dd.MM.yyyy");
        ImportRunView run = importer.run(new ImportRequest(files.write("e.csv", MappedCsvSourceTest.FILE, DecodedInput.WINDOWS_1251),
                "e.csv", ImportFormat.MAPPED, "test", "test"), mapping, v -> { });

        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.encoding()).isEqualTo("windows-1251");
        assertThat(jdbc.queryForList("SELECT region_code || ' ' || language FROM labormarket.vacancy WHERE source = ? ORDER BY source_id",
                String.class, source)).containsExactly("KZ-79 ru", "KZ-31 kk");
    }

    @Test
    void aSavedMappingIsFoundByName() throws IOException {
        String source = "enbeks" + files.prefix;
        String name = "Enbek test " + files.prefix;
        jdbc.update("INSERT INTO labormarket.column_mapping (name, source, delimiter, encoding, columns, date_format) "
                + "VALUES (?, ?, ';', 'auto', ?::jsonb, 'dd.MM.yyyy')", name, source, "{\"SOURCE_ID\": \"Номер\", "
                + "\"TITLE\": \"Должность\", \"PUBLISHED_AT\": \"Дата\", \"CITY\": \"Город\", \"TAGS\": \"Навыки\"}");
        ImportRunView run = importer.run(new ImportRequest(files.write("s.csv", MappedCsvSourceTest.FILE, StandardCharsets.UTF_8),
                "s.csv", ImportFormat.MAPPED, name, "test"), v -> { });

        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.mapping()).isEqualTo(name);
        assertThat(run.source()).isEqualTo(source);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM labormarket.vacancy WHERE source = ?", Long.class, source)).isEqualTo(2);
    }

    @Test
    void fiveThousandGeneratedRowsStream() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            body.append(files.row(i, "Java Developer " + i, TEXT.replace("восьми", "восьми " + i + " " + (i * 7919)), "ТОО Поток " + i % 50)).append('\n');
        }
        long started = System.nanoTime();
        ImportRunView run = importer.run(request(files.csv("many.csv", body.toString()), ImportFormat.HH_CSV), v -> { });
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(run.rowsRead()).isEqualTo(5000);
        assertThat(run.imported() + run.duplicate()).isEqualTo(5000);
        assertThat(seconds).as("5,000 rows in %.1f s", seconds).isLessThan(120);
    }

    private long count() {
        return jdbc.queryForObject("SELECT count(*) FROM labormarket.vacancy WHERE source = 'hh' AND source_id LIKE ?", Long.class,
                files.prefix + "%");
    }

    private Long id(int n) {
        return jdbc.queryForObject("SELECT id FROM labormarket.vacancy WHERE source = 'hh' AND source_id = ?", Long.class, files.id(n));
    }

    private Long duplicateOf(int n) {
        return jdbc.queryForObject("SELECT duplicate_of FROM labormarket.vacancy WHERE source = 'hh' AND source_id = ?", Long.class, files.id(n));
    }
}
