package kz.edufusion.reference.domain;

import kz.edufusion.common.imports.ImportArguments;
import kz.edufusion.common.imports.ImportSource;
import java.io.PrintStream;
import java.util.List;
import kz.edufusion.common.cli.OperatorCommand;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar edufusion.jar import [--dir DIR] [--force]}: imports the bundled reference data, or
 * the same file names from DIR, and prints what happened per dataset. Exit code 1 when a dataset failed,
 * 2 on a usage error.
 */
@Component
class ImportCommand implements OperatorCommand {

    /** Enough rejected rows to see the pattern without flooding a terminal. */
    private static final int SHOWN_REJECTIONS = 50;

    private final ReferenceDataImporter importer;
    private final ImportAtStartup startup;

    ImportCommand(ReferenceDataImporter importer, ImportAtStartup startup) {
        this.importer = importer;
        this.startup = startup;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String description() {
        return "import reference data (regions, fields, NQF, OKED, ISCO, ESCO occupations) [--dir DIR] [--force]";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        ImportArguments parsed = ImportArguments.parse(arguments, name(), "reference");
        if (parsed.error() != null) {
            out.println(parsed.error());
            return 2;
        }
        ImportSource source = parsed.source();
        boolean force = parsed.force();
        out.println("Importing reference data from " + source.describe() + (force ? " (forced)" : ""));
        boolean bundled = parsed.bundled();
        List<DatasetResult> results = importer.importAll(source, force).stream()
                .map(result -> bundled ? withStartupPass(result) : result).toList();
        results.forEach(result -> print(result, out));
        return results.stream().anyMatch(DatasetResult::failed) ? 1 : 0;
    }

    /**
     * The command runs in a freshly started context whose start-up pass has already imported the bundled
     * files; on a new database the operator should see that import, not "unchanged".
     */
    private DatasetResult withStartupPass(DatasetResult result) {
        if (result.status() != DatasetResult.Status.UNCHANGED) {
            return result;
        }
        return startup.resultOf(result.dataset()).filter(s -> s.status() == DatasetResult.Status.IMPORTED).orElse(result);
    }

    private static void print(DatasetResult result, PrintStream out) {
        String line = switch (result.status()) {
            case IMPORTED -> "imported " + result.rows() + " rows (" + result.changed() + " new or changed), "
                    + result.rejected().size() + " rejected";
            case UNCHANGED -> "skipped: unchanged since the last import";
            case NOT_PROVIDED -> "skipped: file not found";
            case FAILED -> "FAILED, nothing written: " + result.error();
        };
        out.printf("%-12s %s [%d ms]%n", result.dataset(), line, result.millis());
        result.rejected().stream().limit(SHOWN_REJECTIONS)
                .forEach(r -> out.printf("             line %d: %s%n", r.line(), r.reason()));
        if (result.rejected().size() > SHOWN_REJECTIONS) {
            out.printf("             ... and %d more rejected rows%n", result.rejected().size() - SHOWN_REJECTIONS);
        }
    }
}
