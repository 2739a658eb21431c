package kz.edufusion.programs.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.CsvTable;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.programs.domain.ProgramStore;
import kz.edufusion.programs.imports.ProgramImporter;
import kz.edufusion.programs.imports.Sheet;
import kz.edufusion.programs.imports.TableReaders;
import kz.edufusion.programs.imports.UploadRow;
import kz.edufusion.programs.imports.UploadedTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo register: programs of the consortium universities (src/main/resources/programs/demo, in the import
 * layout plus a university column), imported through the importer itself so the engine proposes skills, then the
 * confirmed skills, target occupations and sectors of {@link DemoProgramExtras}. A program the register already
 * has is left alone, so restarts (and a coordinator's edits) change nothing.
 */
@Component
@Profile("demo")
@Order(40)
class DemoProgramsSeeder implements ApplicationRunner {

    static final String FOLDER = "programs/demo/";
    private static final Logger log = LoggerFactory.getLogger(DemoProgramsSeeder.class);

    private final ProgramImporter importer;
    private final ProgramStore programs;
    private final DemoProgramExtras extras;
    private final IdentityDirectory directory;
    private final TransactionTemplate transaction;

    DemoProgramsSeeder(ProgramImporter importer, ProgramStore programs, DemoProgramExtras extras,
            IdentityDirectory directory, TransactionTemplate transaction) {
        this.importer = importer;
        this.programs = programs;
        this.extras = extras;
        this.directory = directory;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Map<String, OrganizationView> universities = directory.activeOrganizations(OrganizationType.UNIVERSITY).stream()
                .filter(o -> o.shortName() != null)
                .collect(Collectors.toMap(OrganizationView::shortName, Function.identity(), (a, b) -> a));
        Map<String, String> universityOf = universityOfCode();
        UploadedTables all = read();
        int[] created = {0};
        Map<String, List<String>> byUniversity = new LinkedHashMap<>();
        universityOf.forEach((code, shortName) -> byUniversity.computeIfAbsent(shortName, k -> new ArrayList<>()).add(code));
        byUniversity.forEach((shortName, codes) -> {
            OrganizationView university = universities.get(shortName);
            if (university == null) {
                return;
            }
            Set<String> fresh = codes.stream().filter(c -> programs.idOf(university.id(), c).isEmpty()).collect(Collectors.toSet());
            if (fresh.isEmpty()) {
                return;
            }
            transaction.executeWithoutResult(status -> {
                importer.importInto(university.id(), only(all, fresh));
                fresh.forEach(code -> extras.apply(university.id(), code));
            });
            created[0] += fresh.size();
        });
        log.info("Demo programs: {} added", created[0]);
    }

    private static Map<String, String> universityOfCode() throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        try (InputStream in = new ClassPathResource(FOLDER + "programs.csv").getInputStream();
             CsvTable table = CsvTable.open(in, List.of("university", "code"))) {
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                map.put(row.required("code"), row.required("university"));
            }
        }
        return map;
    }

    private static UploadedTables read() throws IOException {
        List<InputStream> files = new ArrayList<>();
        try {
            for (Sheet sheet : Sheet.values()) {
                files.add(new ClassPathResource(FOLDER + sheet.fileName() + ".csv").getInputStream());
            }
            return TableReaders.csv(files);
        } finally {
            for (InputStream in : files) {
                in.close();
            }
        }
    }

    /** The rows of the tables that belong to the given programs. */
    private static UploadedTables only(UploadedTables all, Set<String> codes) {
        UploadedTables tables = new UploadedTables();
        Map<Sheet, String> key = new HashMap<>(Map.of(Sheet.PROGRAMS, "code"));
        for (Sheet sheet : Sheet.values()) {
            String column = key.getOrDefault(sheet, "program_code");
            List<UploadRow> rows = all.rows(sheet).stream().filter(r -> codes.contains(r.get(column))).toList();
            tables.add(sheet, rows);
        }
        return tables;
    }

}
