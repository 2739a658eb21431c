package kz.edufusion.alignment.engine;

import static kz.edufusion.alignment.engine.GapFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Map;
import java.util.UUID;
import kz.edufusion.programs.AlignmentProgram;
import kz.edufusion.programs.SkillLevel;
import org.junit.jupiter.api.Test;

/**
 * The gap analysis of {@link GapFixture}, worked out by hand.
 *
 * <p>Cell weights: 2025-12 weighs 1, 2025-06 weighs 0.5 (one half-life), enbek 0.5, another region 0.25.
 * P1 (targets 2512, sector J, region KZ-75) sums, per skill, (own region) + 0.25 * (KZ-71, enbek):
 * <pre>
 *   total : 10*1 + 4*0.5 = 12   + 0.25*(8*0.5) = 1    -> 13     raw 10+4+8 = 22, in KZ-75 14
 *   java  :  6   + 2*0.5 =  7   + 0.25*(4*0.5) = 0.5  -> 7.5    share 7.5/13 = 0.577 (demanded)
 *   sql   :  4                  + 0.25*(4*0.5) = 0.5  -> 4.5    share 0.346 (demanded)
 *   docker:  2                                         -> 2      share 0.154 (demanded)
 *   excel :                       0.25*(8*0.5) = 1    -> 1      share 0.077 (not demanded; the C cell is outside J)
 *   cobol :        1*0.5                              -> 0.5    share 0.038 (barely asked)
 * </pre>
 * The "25" cells (sub-major group only) count nowhere. Score = 100 * (7.5 * 1.0 [java mastered]) / (7.5+4.5+2)
 * = 53.571 -> 53.57. Missing: sql (4.5), docker (2).
 */
class GapAnalyzerTest {

    private final DemandIndex index = GapFixture.index();
    private final GapAnalyzer analyzer = new GapAnalyzer(index, new CatalogIndex(catalog(), index));

    @Test
    void indexLeavesOutVacanciesNotCodedToAUnitGroup() {
        DemandIndex.Builder builder = DemandIndex.builder(settings());
        cells().forEach(builder::add);
        assertThat(builder.skippedVacancies()).isEqualTo(3);
        assertThat(builder.build().skillCount()).isEqualTo(5);
    }

    @Test
    void programOneScoreMissingSkillsAndEvidence() {
        ProgramGap gap = analyzer.analyze(program(P1));

        assertThat(gap.status()).isEqualTo(GapStatus.SCORED);
        assertThat(gap.score()).isEqualTo(53.57);
        assertThat(gap.vacancies()).isEqualTo(22);
        assertThat(gap.regionVacancies()).isEqualTo(14);
        assertThat(gap.demandedWeight()).isEqualTo(14.0);
        assertThat(gap.covered()).singleElement().satisfies(java -> {
            assertThat(java.level()).isEqualTo(SkillLevel.MASTERED);
            assertThat(java.credit()).isEqualTo(1.0);
            // recent (2025-07..12): 6 + 4 = 10; previous (2025-01..06): 2 -> +400 %
            assertThat(java.evidence()).isEqualTo(new SkillEvidence(JAVA, 7.5, 7.5 / 13, 12, 8, 10, 2, 400.0, 6,
                    // 4,700,000 / 6 with java; (5,800,000 - 4,700,000) / (8 - 6) without
                    783_333.33, 550_000.0));
        });
        // salaried: 8 vacancies of the targets, 5,800,000 KZT in all
        assertThat(gap.missing()).containsExactly(
                new SkillEvidence(SQL, 4.5, 4.5 / 13, 8, 4, 8, 0, null, 2, 900_000.0, 666_666.67),
                new SkillEvidence(DOCKER, 2.0, 2.0 / 13, 2, 2, 2, 0, null, 0, null, 725_000.0));
        // latin: no vacancy at all; cobol 0.5/13 < 5 %; excel 1/13 >= 5 % is asked enough
        assertThat(gap.taughtUnused()).containsExactly(new UnusedSkill(LATIN, SkillLevel.INTRODUCED, 0, 0),
                new UnusedSkill(COBOL, SkillLevel.PRACTICED, 0.5 / 13, 1));
    }

    @Test
    void programOneRecommendationIsTheCheapestDisciplineCoveringBothMissingSkills() {
        // {sql, docker} covers 6.5 of the 6.5 missing weight; DB201 (5 credits) before DB999 (6 credits) with the
        // same skills; gain 100 * 6.5 * 1.0 / 14 = 46.43. Then nothing is missing: SQL100 and OPS300 gain nothing.
        assertThat(analyzer.analyze(program(P1)).recommendations()).singleElement().satisfies(r -> {
            assertThat(r.programId()).isEqualTo(P2);
            assertThat(r.disciplineCode()).isEqualTo("DB201");
            assertThat(r.addsSkills()).containsExactly(SQL, DOCKER);
            assertThat(r.scoreGain()).isEqualTo(46.43);
        });
    }

    /**
     * P2 (all sectors, region KZ-71): total 0.25*12 + 0.25*5 [C] + 4 = 8.25; excel 0.25*5 + 4 = 5.25, java
     * 0.25*7 + 2 = 3.75, sql 0.25*4 + 2 = 3, docker 0.25*2 = 0.5 (6 %, not demanded). Score 100 * 0.7 * 3 / 12 =
     * 17.5. Greedy: XL100 (excel 5.25: 43.75 points), then PRG1 of P1 (java 3.75: 31.25 points).
     */
    @Test
    void programTwoCountsEverySectorAndGreedilyRecommendsTwoDisciplines() {
        ProgramGap gap = analyzer.analyze(program(P2));

        assertThat(gap.score()).isEqualTo(17.5);
        assertThat(gap.vacancies()).isEqualTo(27);
        assertThat(gap.regionVacancies()).isEqualTo(8);
        assertThat(gap.missing()).extracting(SkillEvidence::skillUri, SkillEvidence::weight)
                .containsExactly(tuple(EXCEL, 5.25), tuple(JAVA, 3.75));
        assertThat(gap.covered()).extracting(c -> c.evidence().skillUri(), CoveredSkill::credit)
                .containsExactly(tuple(SQL, 0.7));
        assertThat(gap.taughtUnused()).isEmpty();
        assertThat(gap.recommendations()).extracting(Recommendation::disciplineCode, Recommendation::scoreGain)
                .containsExactly(tuple("XL100", 43.75), tuple("PRG1", 31.25));
    }

    @Test
    void edgeCasesNoTargetsNoDemandNoSkills() {
        ProgramGap noTargets = analyzer.analyze(program(P3));
        assertThat(noTargets.status()).isEqualTo(GapStatus.NO_TARGETS);
        assertThat(noTargets.score()).isZero();
        assertThat(noTargets.demandedSkills()).isZero();

        ProgramGap noDemand = analyzer.analyze(program(P4));
        assertThat(noDemand.status()).isEqualTo(GapStatus.NO_DEMAND);
        assertThat(noDemand.taughtUnused()).containsExactly(new UnusedSkill(LATIN, SkillLevel.MASTERED, 0, 0));

        // same demand as P1, nothing taught: 0; greedy PRG1 (7.5 -> 53.57) then DB201 (6.5 -> 46.43), limit 2
        ProgramGap noSkills = analyzer.analyze(program(P5));
        assertThat(noSkills.status()).isEqualTo(GapStatus.SCORED);
        assertThat(noSkills.score()).isZero();
        assertThat(noSkills.missing()).extracting(SkillEvidence::skillUri).containsExactly(JAVA, SQL, DOCKER);
        assertThat(noSkills.recommendations()).extracting(Recommendation::disciplineCode, Recommendation::scoreGain)
                .containsExactly(tuple("PRG1", 53.57), tuple("DB201", 46.43));

        DemandIndex empty = DemandIndex.builder(settings()).build();
        assertThat(new GapAnalyzer(empty, CatalogIndex.empty(empty)).analyze(program(P1)).status())
                .isEqualTo(GapStatus.NO_DEMAND);
    }

    /**
     * U1 = P1 (intake 100) + P2 (50): mean (100 * 53.57 + 50 * 17.5) / 150 = 41.55. Its demand, intake times
     * share: java 750/13 + 250/11 = 11500/143, sql 7550/143, excel 4550/143, docker 2200/143 (share 0.103 >= 0.1);
     * union taught java M, sql P, excel I, docker I: 100 * (11500 + 0.7*7550 + 0.4*4550 + 0.4*2200) / 25800 = 75.52.
     * Region KZ-75 = P1 (100), P3 (not scored), P5 (20): mean 100 * 53.57 / 120 = 44.64; P3 still teaches sql
     * (introduced), so coverage 100 * (7.5 + 0.4 * 4.5) / 14 = 66.43 and only docker is missing, in P1 and P5.
     */
    @Test
    void groupsMixTheirMembersDemandByIntake() {
        NationalRecompute.Result result = NationalRecompute.run(index, programs(), catalog());
        Map<String, GroupGap> groups = new java.util.HashMap<>();
        result.groups().forEach(g -> groups.put(g.kind() + ":" + g.key(), g));

        assertThat(result.programs()).hasSize(5);
        GroupGap u1 = groups.get("UNIVERSITY:" + U1);
        assertThat(u1.meanScore()).isEqualTo(41.55);
        assertThat(u1.coverageScore()).isEqualTo(75.52);
        assertThat(u1.missing()).isEmpty();

        GroupGap region = groups.get("REGION:KZ-75");
        assertThat(region.programs()).isEqualTo(3);
        assertThat(region.scoredPrograms()).isEqualTo(2);
        assertThat(region.meanScore()).isEqualTo(44.64);
        assertThat(region.coverageScore()).isEqualTo(66.43);
        assertThat(region.missing()).singleElement().satisfies(m -> {
            assertThat(m.skillUri()).isEqualTo(DOCKER);
            assertThat(m.share()).isCloseTo(2.0 / 13, within(1e-12));
            assertThat(m.programs()).containsExactly(P1, P5);
        });

        GroupGap field04 = groups.get("FIELD:04");
        assertThat(field04.scoredPrograms()).isZero();
        assertThat(field04.meanScore()).isNull();
    }

    @Test
    void settingsRefuseNonsense() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new GapSettings(DEC, 0, Map.of(), 0.25, 0.1, 5, 0.05,
                0.4, 0.7, 1.0, 6, 2, 2, SkillLevel.MASTERED)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new GapSettings(DEC, 6, Map.of(), 0.25, 0.1, 5, 0.05,
                0.8, 0.7, 1.0, 6, 2, 2, SkillLevel.MASTERED)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new GapSettings(DEC, 6, Map.of("hh", -1.0), 0.25, 0.1,
                5, 0.05, 0.4, 0.7, 1.0, 6, 2, 2, SkillLevel.MASTERED)).isInstanceOf(IllegalArgumentException.class);
    }

    private static AlignmentProgram program(UUID id) {
        return programs().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
