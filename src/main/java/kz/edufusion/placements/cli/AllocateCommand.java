package kz.edufusion.placements.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.edufusion.common.cli.StandaloneCommand;
import kz.edufusion.placements.allocation.AllocationEngine;
import kz.edufusion.placements.allocation.AllocationResult;
import kz.edufusion.placements.allocation.AllocationSummary;
import kz.edufusion.placements.allocation.CategorySummary;
import kz.edufusion.placements.allocation.InstanceProblem;
import kz.edufusion.placements.allocation.json.InstanceJson;
import kz.edufusion.placements.allocation.json.ReadInstance;
import kz.edufusion.placements.allocation.json.ResultJson;

/**
 * {@code java -jar edufusion.jar allocate --in instance.json --out result.json}: runs the allocation engine on
 * a file (docs/allocation-format.md) without the database. Exit 0 on success, 2 on a usage error or an
 * invalid instance (every problem printed with its JSON path on stderr, nothing written); the result file
 * is replaced atomically.
 */
public final class AllocateCommand implements StandaloneCommand {

    private static final String USAGE = "Usage: allocate --in INSTANCE.json --out RESULT.json";

    private final PrintStream errors;

    public AllocateCommand() {
        this(System.err);
    }

    AllocateCommand(PrintStream errors) {
        this.errors = errors;
    }

    @Override
    public String name() {
        return "allocate";
    }

    @Override
    public String description() {
        return "allocate students to offers (deferred acceptance with reserves, no database): --in INSTANCE.json --out RESULT.json";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) throws IOException {
        Path in = null;
        Path target = null;
        for (int i = 0; i < arguments.size(); i += 2) {
            String value = i + 1 < arguments.size() ? arguments.get(i + 1) : null;
            String option = value == null ? "" : arguments.get(i);
            switch (option) {
                case "--in" -> in = Path.of(value);
                case "--out" -> target = Path.of(value);
                default -> {
                    errors.println(USAGE);
                    return 2;
                }
            }
        }
        if (in == null || target == null) {
            errors.println(USAGE);
            return 2;
        }
        if (!Files.isReadable(in)) {
            errors.println("Cannot read " + in);
            return 2;
        }
        if (!Files.isDirectory(target.toAbsolutePath().getParent())) {
            errors.println("No directory for " + target);
            return 2;
        }
        return allocate(in, target, out);
    }

    private int allocate(Path in, Path target, PrintStream out) throws IOException {
        long started = System.nanoTime();
        ReadInstance read;
        try (InputStream input = Files.newInputStream(in)) {
            read = InstanceJson.read(input);
        }
        if (!read.valid()) {
            errors.println(read.problems().size() + " problem(s) in " + in + ", nothing written:");
            for (InstanceProblem problem : read.problems()) {
                errors.println("  " + problem);
            }
            return 2;
        }
        long readDone = System.nanoTime();
        AllocationResult result = AllocationEngine.allocate(read.instance());
        long allocated = System.nanoTime();
        AtomicFile.write(target, output -> ResultJson.write(result, output));
        long written = System.nanoTime();
        report(result.summary(), out);
        out.printf("read and validated %d ms, allocated %d ms, wrote %s %d ms%n", (readDone - started) / 1_000_000,
                (allocated - readDone) / 1_000_000, target, (written - allocated) / 1_000_000);
        return 0;
    }

    private static void report(AllocationSummary summary, PrintStream out) {
        out.printf("%d students, %d assigned, %d unassigned; %d of %d seats filled%n", summary.students(), summary.assigned(),
                summary.unassigned(), summary.seatsFilled(), summary.seats());
        StringBuilder byChoice = new StringBuilder("by choice:");
        for (int i = 0; i < summary.byChoice().size(); i++) {
            byChoice.append(i == 0 ? " " : ", ").append(i + 1).append(": ").append(summary.byChoice().get(i));
        }
        out.println(byChoice);
        for (CategorySummary category : summary.categories()) {
            out.printf("%s: %d students, %d assigned, %d of %d reserved seats taken by the category%n", category.category(),
                    category.students(), category.assigned(), category.reservedSeatsFilled(), category.reservedSeats());
        }
    }
}
