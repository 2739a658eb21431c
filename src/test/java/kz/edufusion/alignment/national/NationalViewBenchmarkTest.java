package kz.edufusion.alignment.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import kz.edufusion.alignment.ProgramScore;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.labormarket.DemandCell;
import kz.edufusion.programs.AlignmentProgram;
import kz.edufusion.programs.ProgramLevel;
import kz.edufusion.programs.ProgramType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long the national view's computation takes at national scale: 12,000 programs (about the Register's size,
 * with sectors and targets) and 1,000,000 demand cells, matrix plus portfolio. Run by hand:
 * {@code ./mvnw -B -ntp -q test -Dtest=NationalViewBenchmarkTest -Dbench=true}; figures in docs/benchmarks.md.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class NationalViewBenchmarkTest {

    static final List<String> REGIONS = List.of("KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33",
            "KZ-35", "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79");
    static final List<String> FIELDS = List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12");

    @Test
    void matrixAndPortfolioAtNationalScale() {
        Random random = new Random(7);
        List<AlignmentProgram> programs = new ArrayList<>();
        Map<UUID, ProgramScore> scores = new HashMap<>();
        for (int i = 0; i < 12_000; i++) {
            String field = FIELDS.get(random.nextInt(FIELDS.size()));
            String region = REGIONS.get(random.nextInt(REGIONS.size()));
            List<String> isco = List.of(String.valueOf(1000 + random.nextInt(400) * 20), String.valueOf(1000 + random.nextInt(8000)));
            List<String> sectors = random.nextInt(4) == 0 ? List.of() : List.of(String.valueOf((char) ('A' + random.nextInt(21))));
            AlignmentProgram p = new AlignmentProgram(UUID.randomUUID(), UUID.randomUUID(), "6B" + field + (100 + i % 900),
                    LocalizedText.of("kk", "ru", "en"), ProgramLevel.BACHELOR, field, field + "1", region,
                    ProgramType.values()[random.nextInt(3)], random.nextInt(200), random.nextInt(150), List.of(), isco, sectors, List.of());
            programs.add(p);
            scores.put(p.id(), new ProgramScore(p.id(), p.universityId(), p.code(), field, region, random.nextInt(100), 10, 3, 1, null));
        }
        List<DemandCell> cells = new ArrayList<>();
        YearMonth start = YearMonth.of(2025, 1);
        for (int i = 0; i < 1_000_000; i++) {
            cells.add(new DemandCell(start.plusMonths(random.nextInt(12)), String.valueOf(1000 + random.nextInt(8000)),
                    REGIONS.get(random.nextInt(REGIONS.size())), "J", "hh", i % 3 == 0 ? "" : "http://x/s" + (i % 500), 1 + random.nextInt(5), 0, 0));
        }
        Consumer<Consumer<DemandCell>> demand = cells::forEach;
        NationalFilter filter = new NationalFilter(null, null, null, null, start, start.plusMonths(11));
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 15; run++) {
            long t0 = System.nanoTime();
            NationalMatrix matrix = SupplyDemandMatrix.build(filter, programs, demand, FIELDS, REGIONS);
            Portfolio portfolio = Portfolio.of(filter, programs, scores);
            long t = System.nanoTime() - t0;
            best = Math.min(best, t);
            assertThat(matrix.total().programs()).isEqualTo(12_000);
            assertThat(portfolio.rows()).hasSizeGreaterThan(12_000 * 3 / 4);
        }
        System.out.printf("national view: 12000 programs, 1000000 cells: best of 15 = %.1f ms%n", best / 1e6);
    }
}
