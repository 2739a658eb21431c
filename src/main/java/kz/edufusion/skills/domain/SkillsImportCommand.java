package kz.edufusion.skills.domain;

import kz.edufusion.common.imports.ImportArguments;
import kz.edufusion.common.imports.ImportSource;
import java.io.PrintStream;
import java.util.List;
import kz.edufusion.common.cli.OperatorCommand;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar edufusion.jar skills-import [--dir DIR] [--force]}: imports the bundled skill files, or
 * the ESCO download (skills_en.csv, the collections, skillGroups, skillsHierarchy, skillSkillRelations,
 * occupationSkillRelations) and curated-skills.csv found in DIR, and prints what happened per file. Exit
 * code 1 when a file failed, 2 on a usage error.
 */
@Component
class SkillsImportCommand implements OperatorCommand {

    private static final int SHOWN_REJECTIONS = 50;

    private final SkillImporter importer;
    private final SkillsImportAtStartup startup;

    SkillsImportCommand(SkillImporter importer, SkillsImportAtStartup startup) {
        this.importer = importer;
        this.startup = startup;
    }

    @Override
    public String name() {
        return "skills-import";
    }

    @Override
    public String description() {
        return "import the ESCO skill files and curated skills [--dir DIR] [--force]";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        ImportArguments parsed = ImportArguments.parse(arguments, name(), "skills");
        if (parsed.error() != null) {
            out.println(parsed.error());
            return 2;
        }
        ImportSource source = parsed.source();
        boolean force = parsed.force();
        out.println("Importing skills from " + source.describe() + (force ? " (forced)" : ""));
        boolean bundled = parsed.bundled();
        List<SkillImportResult> results = importer.importAll(source, force).stream()
                .map(r -> bundled && r.status() == SkillImportResult.Status.UNCHANGED
                        ? startup.resultOf(r.dataset()).filter(s -> s.status() == SkillImportResult.Status.IMPORTED).orElse(r)
                        : r)
                .toList();
        results.forEach(result -> print(result, out));
        return results.stream().anyMatch(SkillImportResult::failed) ? 1 : 0;
    }

    private static void print(SkillImportResult result, PrintStream out) {
        String line = switch (result.status()) {
            case IMPORTED -> "imported " + result.rows() + " rows (" + result.changed() + " writes), "
                    + result.rejected().size() + " rejected";
            case UNCHANGED -> "skipped: unchanged since the last import";
            case NOT_PROVIDED -> "skipped: file not found";
            case FAILED -> "FAILED, nothing written: " + result.error();
        };
        out.printf("%-12s %s [%d ms]%n", result.dataset(), line, result.millis());
        result.rejected().stream().limit(SHOWN_REJECTIONS).forEach(r -> out.printf("             %s%n", r));
        if (result.rejected().size() > SHOWN_REJECTIONS) {
            out.printf("             ... and %d more rejected rows%n", result.rejected().size() - SHOWN_REJECTIONS);
        }
    }
}
