package kz.edufusion.alignment.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark's generator and the whole recompute at a small scale: deterministic, scores in range, cells add up. */
class SyntheticNationTest {

    @Test
    void smallNationRecomputesDeterministically() {
        SyntheticNation nation = SyntheticNation.generate(7L, 20_000, 200);
        long[] totals = new long[1];
        nation.forEachCell(c -> totals[0] += c.total() ? c.vacancies() : 0);
        assertThat(totals[0]).isEqualTo(20_000);

        NationalRecompute.Result first = recompute(nation);
        NationalRecompute.Result second = recompute(SyntheticNation.generate(7L, 20_000, 200));
        assertThat(first.programs()).hasSize(200);
        assertThat(first.programs().values()).allSatisfy(g -> {
            assertThat(g.score()).isBetween(0.0, 100.0);
            assertThat(g.demandedSkills()).isLessThanOrEqualTo(30);
            assertThat(g.recommendations().stream().mapToDouble(Recommendation::scoreGain).sum())
                    .isLessThanOrEqualTo(100.0 - g.score() + 0.05);
        });
        assertThat(first.programs().values().stream().filter(g -> g.status() == GapStatus.SCORED).count()).isGreaterThan(150);
        assertThat(second.programs()).isEqualTo(first.programs());
        assertThat(second.groups()).isEqualTo(first.groups());
    }

    private static NationalRecompute.Result recompute(SyntheticNation nation) {
        DemandIndex.Builder builder = DemandIndex.builder(GapSettings.defaults(SyntheticNation.REFERENCE));
        nation.forEachCell(builder::add);
        return NationalRecompute.run(builder.build(), nation.programs, nation.catalog);
    }
}
