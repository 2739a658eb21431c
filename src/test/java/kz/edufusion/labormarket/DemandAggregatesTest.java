package kz.edufusion.labormarket;

import static kz.edufusion.labormarket.VacancyFixture.DOCKER;
import static kz.edufusion.labormarket.VacancyFixture.GIT;
import static kz.edufusion.labormarket.VacancyFixture.JAVA;
import static kz.edufusion.labormarket.VacancyFixture.JAVASCRIPT;
import static kz.edufusion.labormarket.VacancyFixture.PYTHON;
import static kz.edufusion.labormarket.VacancyFixture.SQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The aggregates against numbers worked out by hand. Month 3 of the fixture's year:
 * <pre>
 *  #  skills        region  NACE  salary     employer
 *  1  Java, SQL     KZ-75   J     400 000    Kaspi
 *  2  Java          KZ-75   J     600 000    Kaspi
 *  3  Java, Python  KZ-71   J     500 000    Kolesa
 *  4  Java          -       -     -          Kolesa
 *  5  SQL           KZ-71   K     300 000    Halyk
 *  6  (none)        KZ-75   J     200 000
 *  7  duplicate of #1 (Java, SQL, 9 000 000): never counted
 * </pre>
 * Month 2: Java (KZ-75, J, 350 000) and Python (KZ-71, J, 450 000).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemandAggregatesTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LaborMarketDemand demand;
    @Autowired
    DemandAggregates aggregates;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    VacancyFixture fixture;

    @BeforeAll
    void vacancies() {
        fixture = new VacancyFixture(jdbc);
        long first = fixture.vacancy(3).region("KZ-75").nace("J").salary(400_000).employer("Kaspi").skills(JAVA, SQL).insert();
        fixture.vacancy(3).region("KZ-75").nace("J").salary(600_000).employer("Kaspi").skills(JAVA).insert();
        fixture.vacancy(3).region("KZ-71").nace("J").salary(500_000).employer("Kolesa").skills(JAVA, PYTHON).insert();
        fixture.vacancy(3).employer("Kolesa").skills(JAVA).insert();
        fixture.vacancy(3).region("KZ-71").nace("K").salary(300_000).employer("Halyk").skills(SQL).insert();
        fixture.vacancy(3).region("KZ-75").nace("J").salary(200_000).insert();
        fixture.vacancy(3).region("KZ-75").nace("J").salary(9_000_000).employer("Kaspi").skills(JAVA, SQL)
                .duplicateOf(first).insert();
        fixture.vacancy(2).region("KZ-75").nace("J").salary(350_000).skills(JAVA).insert();
        fixture.vacancy(2).region("KZ-71").nace("J").salary(450_000).skills(PYTHON).insert();
        trendVacancies();
        aggregates.refresh(DemandAggregates.Trigger.ADMIN);
    }

    /** Month 8 then month 9: Docker 5 -> 10, Git 1 -> 2, JavaScript 0 -> 6, Python 8 -> 4, SQL 6 -> 5, Java 5 -> 6. */
    private void trendVacancies() {
        for (int i = 1; i <= 8; i++) {
            fixture.vacancy(8).skills(skills(i, 5, 1, 0, 8, 6, 5)).insert();
        }
        for (int i = 1; i <= 10; i++) {
            fixture.vacancy(9).skills(skills(i, 10, 2, 6, 4, 5, 6)).insert();
        }
    }

    private static String[] skills(int i, int docker, int git, int javascript, int python, int sql, int java) {
        List<String> uris = new ArrayList<>();
        int[] counts = {docker, git, javascript, python, sql, java};
        String[] skills = {DOCKER, GIT, JAVASCRIPT, PYTHON, SQL, JAVA};
        for (int s = 0; s < skills.length; s++) {
            if (i <= counts[s]) {
                uris.add(skills[s]);
            }
        }
        return uris.toArray(String[]::new);
    }

    private DemandFilter month(int month) {
        return DemandFilter.period(fixture.month(month), fixture.month(month));
    }

    @Test
    void topSkillsCountSharesAndMediansWithoutDuplicates() {
        var top = demand.topSkills(month(3), PageQuery.of(0, 10));

        assertThat(top.totalItems()).isEqualTo(3);
        assertThat(top.items()).extracting(SkillDemand::skillUri).containsExactly(JAVA, SQL, PYTHON);
        SkillDemand java = top.items().get(0);
        assertThat(java.vacancies()).isEqualTo(4);
        assertThat(java.share()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(java.withSalary()).isEqualTo(3);
        assertThat(java.medianSalaryKzt()).isEqualByComparingTo("500000");
        assertThat(java.previousVacancies()).isEqualTo(1);
        assertThat(java.changePercent()).isEqualTo(300.0);
        assertThat(java.label().en()).isEqualTo("Java (computer programming)");
        SkillDemand sql = top.items().get(1);
        assertThat(sql.vacancies()).isEqualTo(2);
        assertThat(sql.medianSalaryKzt()).as("percentile_cont between 300 000 and 400 000").isEqualByComparingTo("350000");
        assertThat(sql.changePercent()).as("no SQL vacancy in month 2").isNull();
        assertThat(top.items().get(2).changePercent()).isEqualTo(0.0);
    }

    @Test
    void regionSectionAndLongerPeriods() {
        var almaty = demand.topSkills(new DemandFilter(fixture.month(3), fixture.month(3), "KZ-75", null, null), PageQuery.of(0, 10));
        assertThat(almaty.items()).extracting(SkillDemand::skillUri, SkillDemand::vacancies)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(JAVA, 2L), org.assertj.core.groups.Tuple.tuple(SQL, 1L));
        assertThat(almaty.items().get(0).share()).isCloseTo(2.0 / 3, within(1e-9));

        var it = demand.topSkills(new DemandFilter(fixture.month(3), fixture.month(3), null, "J", JAVA), PageQuery.of(0, 10));
        assertThat(it.items()).singleElement().satisfies(java -> {
            assertThat(java.vacancies()).isEqualTo(3);
            assertThat(java.share()).isCloseTo(3.0 / 4, within(1e-9));
            assertThat(java.medianSalaryKzt()).isEqualByComparingTo("500000");
        });

        var twoMonths = demand.topSkills(DemandFilter.period(fixture.month(2), fixture.month(3)), PageQuery.of(0, 1));
        SkillDemand java = twoMonths.items().get(0);
        assertThat(java.vacancies()).isEqualTo(5);
        assertThat(java.share()).isCloseTo(5.0 / 8, within(1e-9));
        assertThat(java.medianSalaryKzt()).as("median of 350, 400, 500, 600 thousand").isEqualByComparingTo("450000");
        assertThat(java.previousVacancies()).isZero();
    }

    @Test
    void totalsSeriesAndRegionsIncludingTheUnknownRegion() {
        DemandTotals totals = demand.totals(DemandFilter.period(fixture.month(1), fixture.month(3)));
        assertThat(totals.vacancies()).isEqualTo(8);
        assertThat(totals.withSalary()).isEqualTo(7);
        assertThat(totals.medianSalaryKzt()).as("median of 200..600 thousand with 350 and 450").isEqualByComparingTo("400000");
        assertThat(totals.months()).extracting(MonthlyDemand::vacancies).containsExactly(0L, 2L, 6L);
        assertThat(totals.months().get(2).medianSalaryKzt()).isEqualByComparingTo("400000");
        assertThat(totals.regions()).extracting(RegionDemand::regionCode, RegionDemand::vacancies).containsExactly(
                org.assertj.core.groups.Tuple.tuple("KZ-75", 4L), org.assertj.core.groups.Tuple.tuple("KZ-71", 3L),
                org.assertj.core.groups.Tuple.tuple(null, 1L));
        assertThat(totals.regions().get(0).share()).as("4 of the 8 vacancies").isCloseTo(0.5, within(1e-9));
        assertThat(totals.regions().get(0).medianSalaryKzt()).as("200, 350, 400, 600 thousand").isEqualByComparingTo("375000");
    }

    @Test
    void skillProfileWithSeriesRegionsEmployersAndCoOccurrence() {
        SkillProfile profile = demand.skillProfile("19a8293b-8e95-4de3-983f-77484079c389",
                DemandFilter.period(fixture.month(1), fixture.month(3))).orElseThrow();
        assertThat(profile.demand().vacancies()).isEqualTo(5);
        assertThat(profile.months()).extracting(MonthlyDemand::vacancies).containsExactly(0L, 1L, 4L);
        assertThat(profile.months()).extracting(MonthlyDemand::allVacancies).containsExactly(0L, 2L, 6L);
        assertThat(profile.months().get(2).medianSalaryKzt()).isEqualByComparingTo("500000");
        assertThat(profile.regions()).extracting(RegionDemand::regionCode, RegionDemand::vacancies, RegionDemand::allVacancies)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KZ-75", 3L, 4L),
                        org.assertj.core.groups.Tuple.tuple("KZ-71", 1L, 3L), org.assertj.core.groups.Tuple.tuple(null, 1L, 1L));
        assertThat(profile.regions().get(0).medianSalaryKzt()).as("350, 400, 600 thousand").isEqualByComparingTo("400000");

        SkillProfile march = demand.skillProfile(JAVA, month(3)).orElseThrow();
        assertThat(march.employers()).extracting(EmployerDemand::employerName, EmployerDemand::vacancies).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kaspi", 2L), org.assertj.core.groups.Tuple.tuple("Kolesa", 2L));
        assertThat(march.related()).extracting(RelatedSkill::skillUri, RelatedSkill::together).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SQL, 1L), org.assertj.core.groups.Tuple.tuple(PYTHON, 1L));
        assertThat(march.related().get(0).lift()).as("1 x 6 / (4 x 2)").isCloseTo(0.75, within(1e-9));
        assertThat(march.related().get(1).lift()).as("1 x 6 / (4 x 1)").isCloseTo(1.5, within(1e-9));
        assertThat(demand.skillProfile("no-such-skill-" + fixture.source(), month(3))).isEmpty();
    }

    @Test
    void risingAndFallingSkillsNeedSupport() {
        assertThat(TrendRule.support(10, 8)).isEqualTo(5);
        List<SkillDemand> rising = demand.risingSkills(month(9), 10);
        assertThat(rising).extracting(SkillDemand::skillUri).as("Git 1 -> 2 lacks support").containsExactly(JAVASCRIPT, DOCKER, JAVA);
        assertThat(rising).extracting(SkillDemand::changePercent).containsExactly(null, 100.0, 20.0);
        assertThat(rising.get(1).share()).isCloseTo(1.0, within(1e-9));
        List<SkillDemand> falling = demand.fallingSkills(month(9), 10);
        assertThat(falling).extracting(SkillDemand::skillUri).containsExactly(PYTHON, SQL);
        assertThat(falling.get(0).changePercent()).isEqualTo(-50.0);
        assertThat(falling.get(1).changePercent()).isCloseTo(-100.0 / 6, within(1e-9));
        assertThat(demand.risingSkills(month(9).withSkill(DOCKER), 10)).extracting(SkillDemand::skillUri).containsExactly(DOCKER);
    }

    @Test
    void badFiltersAreRefusedWithTheirField() {
        assertThatThrownBy(() -> demand.topSkills(new DemandFilter(fixture.month(3), fixture.month(3), "KZ-99", null, null),
                PageQuery.of(0, 10))).isInstanceOfSatisfying(DomainProblem.class, p -> {
                    assertThat(p.field()).isEqualTo("region");
                    assertThat(p.messageKey()).isEqualTo("lm.demand.filter.unknownRegion");
                });
        assertThatThrownBy(() -> demand.totals(new DemandFilter(fixture.month(3), fixture.month(3), null, "Z", null)))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.field()).isEqualTo("section"));
        assertThatThrownBy(() -> demand.totals(DemandFilter.period(fixture.month(3), fixture.month(2))))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.field()).isEqualTo("to"));
        assertThatThrownBy(() -> demand.risingSkills(month(3).withSkill("nonexistent-" + fixture.source()), 5))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.field()).isEqualTo("skill"));
    }

    @Test
    void anImportRunRebuildsTheAggregatesAndTheRunIsLogged() {
        Instant before = Instant.now();
        fixture.vacancy(5).region("KZ-75").skills(GIT).insert();
        transactions.executeWithoutResult(tx -> events.publishEvent(new VacanciesImported(-1, 1, Instant.now())));

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(demand.topSkills(month(5), PageQuery.of(0, 5)).items()).extracting(SkillDemand::skillUri)
                        .containsExactly(GIT));
        AggregateRefresh last = aggregates.lastRefresh().orElseThrow();
        assertThat(last.finishedAt()).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(last.vacancies()).isPositive();
        assertThat(last.aggregateRows()).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM labormarket.aggregate_refresh WHERE trigger = 'IMPORT' AND finished_at >= ?",
                Long.class, java.sql.Timestamp.from(before.minusSeconds(1)))).isPositive();
    }
}
