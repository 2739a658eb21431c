package kz.edufusion.alignment.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.labormarket.DemandCell;
import kz.edufusion.programs.AlignmentProgram;
import kz.edufusion.programs.ProgramLevel;
import kz.edufusion.programs.ProgramType;
import org.junit.jupiter.api.Test;

/** The matrix's counting rules: supply by program, demand by the field's occupation groups, totals count once. */
class SupplyDemandMatrixTest {

    static final YearMonth JAN = YearMonth.of(2025, 1);
    static final NationalFilter ALL = new NationalFilter(null, null, null, null, JAN, JAN.plusMonths(2));

    final List<AlignmentProgram> programs = List.of(
            program("06", "KZ-75", ProgramType.EXISTING, 100, 80, "2512"),
            program("06", "KZ-71", ProgramType.NEW, 50, 0, "2512", "2511"),
            program("04", "KZ-75", ProgramType.EXISTING, 40, 30, "2512", "2411"));

    final List<DemandCell> cells = List.of(
            cell(JAN, "2512", "KZ-75", "", 120),
            cell(JAN, "2512", "KZ-75", "http://x/java", 90),     // skill cell: never counted
            cell(JAN.plusMonths(1), "2511", "KZ-71", "", 30),
            cell(JAN.plusMonths(5), "2512", "KZ-75", "", 999),   // outside the period
            cell(JAN, "2411", "KZ-55", "", 7),
            cell(JAN, "9999", "KZ-75", "", 500),                 // no field prepares for it
            cell(JAN, "2512", "", "", 40));                      // region not placed

    @Test
    void supplyIsGraduatesOrIntakeOfNewProgramsAndDemandFollowsTheFieldsOccupations() {
        NationalMatrix m = build(ALL);

        assertThat(m.fieldCodes()).containsExactly("04", "06");
        MatrixCell ictAstana = m.cell("06", "KZ-75");
        assertThat(ictAstana.programs()).isEqualTo(1);
        assertThat(ictAstana.supply()).isEqualTo(80);
        assertThat(ictAstana.vacancies()).isEqualTo(120);
        assertThat(ictAstana.ratio()).isEqualTo(1.5);
        assertThat(ictAstana.heat()).isEqualTo(HeatLevel.BALANCED);
        assertThat(m.cell("06", "KZ-71").supply()).as("a new program without graduates counts its intake").isEqualTo(50);
        assertThat(m.cell("06", "KZ-71").vacancies()).isEqualTo(30);
        assertThat(m.cell("04", "KZ-75").vacancies()).as("2512 is a target of both fields").isEqualTo(120);
        assertThat(m.cell("04", "KZ-55").heat()).isEqualTo(HeatLevel.NO_SUPPLY);
        assertThat(m.regionTotal("KZ-75").vacancies()).as("counted once in the column").isEqualTo(120);
        assertThat(m.total().vacancies()).isEqualTo(120 + 30 + 7);
        assertThat(m.total().supply()).isEqualTo(80 + 50 + 30);
        assertThat(m.fieldTotal("06").vacancies()).isEqualTo(150);
    }

    @Test
    void filtersNarrowSupplyButARegionWithoutProgramsKeepsItsDemand() {
        NationalMatrix byType = build(new NationalFilter(null, null, null, ProgramType.NEW, JAN, JAN.plusMonths(2)));
        assertThat(byType.fieldCodes()).containsExactly("06");
        assertThat(byType.cell("06", "KZ-75").supply()).isZero();
        assertThat(byType.cell("06", "KZ-75").vacancies()).as("the NEW program targets 2512 too").isEqualTo(120);

        NationalMatrix byRegion = build(new NationalFilter(null, "04", "KZ-55", null, JAN, JAN.plusMonths(2)));
        assertThat(byRegion.regionCodes()).containsExactly("KZ-55");
        assertThat(byRegion.cell("04", "KZ-55").vacancies()).isEqualTo(7);
        assertThat(byRegion.cell("04", "KZ-55").supply()).isZero();
    }

    @Test
    void heatBandsAreFixed() {
        assertThat(HeatLevel.of(0, 0)).isEqualTo(HeatLevel.EMPTY);
        assertThat(HeatLevel.of(10, 4)).isEqualTo(HeatLevel.SURPLUS);
        assertThat(HeatLevel.of(10, 5)).isEqualTo(HeatLevel.LOW);
        assertThat(HeatLevel.of(10, 30)).isEqualTo(HeatLevel.HIGH);
        assertThat(HeatLevel.of(10, 40)).isEqualTo(HeatLevel.SHORTAGE);
        assertThat(HeatLevel.SHORTAGE.cssClass()).isEqualTo("heat-shortage");
        assertThat(HeatLevel.NO_SUPPLY.messageKey()).isEqualTo("alignment.national.heat.no-supply");
    }

    private NationalMatrix build(NationalFilter filter) {
        Consumer<Consumer<DemandCell>> demand = cells::forEach;
        return SupplyDemandMatrix.build(filter, programs, demand, List.of("01", "04", "06"), List.of("KZ-55", "KZ-71", "KZ-75"));
    }

    static AlignmentProgram program(String field, String region, ProgramType type, int intake, int graduates, String... isco) {
        return new AlignmentProgram(UUID.randomUUID(), UUID.randomUUID(), "6B" + field + "100", LocalizedText.of("a", "b", "c"),
                ProgramLevel.BACHELOR, field, field + "1", region, type, intake, graduates, List.of(), List.of(isco),
                List.of(), List.of());
    }

    static DemandCell cell(YearMonth month, String isco, String region, String skill, int vacancies) {
        return new DemandCell(month, isco, region, "J", "hh", skill, vacancies, 0, 0);
    }
}
