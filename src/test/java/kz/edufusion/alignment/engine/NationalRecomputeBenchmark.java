package kz.edufusion.alignment.engine;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The national recompute in memory: the demand index built from the cells of 1,000,000 synthetic vacancies,
 * then every one of 10,000 programs (score, evidence, taught-unused, recommendations over the whole catalog)
 * and every university, region and field. Nothing is stored. Run (see docs/benchmarks.md):
 * {@code java -Xmx3g -Djava.util.concurrent.ForkJoinPool.common.parallelism=1 -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" org.openjdk.jmh.Main NationalRecomputeBenchmark -f 1 -wi 2 -i 5}
 * (common-pool parallelism 1 plus the calling thread = 2 threads, the target machine's two cores).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NationalRecomputeBenchmark {

    @Param("1000000")
    public int vacancies;
    @Param("10000")
    public int programs;

    private SyntheticNation nation;

    @Setup(Level.Trial)
    public void generate() {
        long started = System.nanoTime();
        nation = SyntheticNation.generate(20261202L, vacancies, programs);
        System.out.printf("%n[synthetic] vacancies=%d cells=%d programs=%d disciplines=%d generated in %d ms%n", vacancies,
                nation.cells(), nation.programs.size(), nation.catalog.size(), (System.nanoTime() - started) / 1_000_000);
    }

    @Benchmark
    public int recomputeNation() {
        DemandIndex.Builder builder = DemandIndex.builder(GapSettings.defaults(SyntheticNation.REFERENCE));
        nation.forEachCell(builder::add);
        DemandIndex index = builder.build();
        NationalRecompute.Result result = NationalRecompute.run(index, nation.programs, nation.catalog);
        return result.programs().size() + result.groups().size();
    }
}
