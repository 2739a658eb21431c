package kz.edufusion.placements.allocation;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * One allocation of 100,000 students x 20,000 offers x 10 preferences with reserves ({@link RandomInstances},
 * seed 20261202). One operation = {@link AllocationEngine#allocate} on the parsed instance: validation,
 * compiling to arrays (ids, ranks from rankings and scores, lottery), deferred acceptance, explanations for
 * every student and the summary. JSON reading and writing are not in it (the CLI prints those separately).
 * Run (see docs/benchmarks.md):
 * {@code java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" org.openjdk.jmh.Main AllocationBenchmark -f 1 -wi 3 -i 5 -t 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AllocationBenchmark {

    static final RandomInstances.Shape SHAPE = new RandomInstances.Shape(100_000, 20_000, 10, true, 9);
    static final long SEED = 20261202L;

    private AllocationInstance instance;

    @Setup
    public void setUp() {
        instance = RandomInstances.generate(SEED, SHAPE);
        AllocationSummary summary = AllocationEngine.allocate(instance).summary();
        System.out.printf("%n[instance] %s: %d assigned, %d unassigned, by choice %s, seats %d filled %d, categories %s%n", SHAPE,
                summary.assigned(), summary.unassigned(), summary.byChoice(), summary.seats(), summary.seatsFilled(),
                summary.categories());
    }

    @Benchmark
    public AllocationResult allocate() {
        return AllocationEngine.allocate(instance);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(AllocationBenchmark.class.getSimpleName()).forks(1).warmupIterations(3)
                .measurementIterations(5).threads(1).build()).run();
    }
}
