package kz.edufusion.placements.allocation.json;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.edufusion.placements.allocation.AllocationInstance;
import kz.edufusion.placements.allocation.RandomInstancesAccess;

/**
 * Writes instances in the documented format, to make large test files for the {@code allocate} command:
 * {@code java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)"
 * kz.edufusion.placements.allocation.json.InstanceFiles OUT.json [students offers preferences seed]}
 * (default 100000 20000 10 20261202, the benchmark's instance, with reserves).
 */
public final class InstanceFiles {

    private InstanceFiles() {
    }

    public static void main(String[] args) throws IOException {
        int students = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int offers = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        int preferences = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 20261202L;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[0])), 1 << 16)) {
            write(RandomInstancesAccess.generate(seed, students, offers, preferences, true), out);
        }
    }

    static void write(AllocationInstance instance, OutputStream out) throws IOException {
        InstanceJson.write(instance, out);
    }
}
