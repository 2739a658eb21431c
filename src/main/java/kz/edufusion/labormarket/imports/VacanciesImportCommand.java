package kz.edufusion.labormarket.imports;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.cli.OperatorCommand;
import kz.edufusion.common.web.DomainProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar edufusion.jar vacancies-import --in FILE [--format hh-csv|hh-json|mapped] [--mapping NAME]}:
 * imports one vacancy file, printing progress once a second and the report at the end. The format defaults to
 * hh-json for .json/.jsonl files and hh-csv otherwise. Exit code 0 when the run completed (rejected rows
 * included), 1 when it failed, 2 on a usage error.
 */
@Component
class VacanciesImportCommand implements OperatorCommand {

    static final String USAGE = "Usage: vacancies-import --in FILE [--format hh-csv|hh-json|mapped] [--mapping NAME]";
    private static final int SHOWN_REJECTIONS = 20;

    private final VacancyImports imports;
    private final MessageSource messages;

    VacanciesImportCommand(VacancyImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "vacancies-import";
    }

    @Override
    public String description() {
        return "import a vacancy file: --in FILE [--format hh-csv|hh-json|mapped] [--mapping NAME]";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        Path in = null;
        String format = null;
        String mapping = null;
        for (int i = 0; i < arguments.size(); i += 2) {
            String option = arguments.get(i);
            String value = i + 1 < arguments.size() ? arguments.get(i + 1) : null;
            if (value == null || !List.of("--in", "--format", "--mapping").contains(option)) {
                out.println(USAGE);
                return 2;
            }
            switch (option) {
                case "--in" -> in = Path.of(value);
                case "--format" -> format = value;
                default -> mapping = value;
            }
        }
        if (in == null) {
            out.println(USAGE);
            return 2;
        }
        if (!Files.isRegularFile(in) || !Files.isReadable(in)) {
            out.println("Cannot read " + in);
            return 2;
        }
        String name = in.getFileName().toString().toLowerCase(Locale.ROOT);
        ImportFormat chosen = format != null ? ImportFormat.fromCode(format).orElse(null)
                : name.endsWith(".json") || name.endsWith(".jsonl") ? ImportFormat.HH_JSON : ImportFormat.HH_CSV;
        if (chosen == null || (chosen == ImportFormat.MAPPED) != (mapping != null)) {
            out.println(USAGE);
            return 2;
        }
        out.println("Importing " + in.toAbsolutePath().normalize() + " as " + chosen.code() + (mapping == null ? "" : " with mapping " + mapping));
        try {
            ImportRunView run = imports.run(new ImportRequest(in, in.getFileName().toString(), chosen, mapping, "operator"),
                    view -> { if (view.running()) out.println(progress(view)); });
            report(run, out);
            return run.status() == ImportStatus.COMPLETED ? 0 : 1;
        } catch (DomainProblem problem) {
            out.println(messages.getMessage(problem.messageKey(), problem.arguments(), Locale.ENGLISH));
            return 2;
        }
    }

    private static String progress(ImportRunView view) {
        return String.format(Locale.ROOT, "  %d rows, %d rows/s, %d%% read, ETA %s", view.rowsRead(), view.rowsPerSecond(),
                view.percent(), view.etaSeconds() < 0 ? "?" : view.etaSeconds() + " s");
    }

    private void report(ImportRunView run, PrintStream out) {
        out.printf(Locale.ROOT, "Run %d %s in %.1f s (%d rows/s), encoding %s%n", run.id(), run.status(), run.seconds(),
                run.rowsPerSecond(), run.encoding());
        if (run.error() != null) {
            out.println("  " + run.error() + " - none of the file's vacancies were written");
        }
        out.printf(Locale.ROOT, "  %d rows read: %d new, %d updated, %d unchanged, %d near-duplicates, %d rejected%n",
                run.rowsRead(), run.imported(), run.updated(), run.unchanged(), run.duplicate(), run.rejected());
        var first = imports.rejections(run.id(), new PageQuery(0, SHOWN_REJECTIONS));
        first.items().forEach(r -> out.printf("  row %d%s: %s%n", r.rowNumber(),
                r.sourceId() == null ? "" : " (" + r.sourceId() + ")", r.reason()));
        if (first.totalItems() > SHOWN_REJECTIONS) {
            out.printf("  ... %d more rejected rows: /admin/labormarket/imports/%d or GET /api/v1/labormarket/imports/%d/rejections%n",
                    first.totalItems() - SHOWN_REJECTIONS, run.id(), run.id());
        }
    }
}
