package kz.edufusion.alignment.engine;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.labormarket.DemandCell;
import kz.edufusion.programs.AlignmentProgram;
import kz.edufusion.programs.CatalogDiscipline;
import kz.edufusion.programs.ProgramLevel;
import kz.edufusion.programs.ProgramType;
import kz.edufusion.programs.SkillLevel;
import kz.edufusion.programs.TaughtSkill;

/**
 * The tiny market and register that {@link GapAnalyzerTest} works out by hand. Reference month 2025-12, half-life
 * 6 months (2025-06 weighs 0.5), source "enbek" weighs 0.5, other regions 0.25, demanded from a 10% share,
 * barely asked below 5%, growth over 6 months, means from 2 salaried vacancies, recommended skills at MASTERED.
 */
final class GapFixture {

    static final String JAVA = "s:java";
    static final String SQL = "s:sql";
    static final String DOCKER = "s:docker";
    static final String EXCEL = "s:excel";
    static final String COBOL = "s:cobol";
    static final String LATIN = "s:latin";
    static final String KUBERNETES = "s:kubernetes";
    static final YearMonth DEC = YearMonth.of(2025, 12);
    static final YearMonth JUN = YearMonth.of(2025, 6);
    static final UUID U1 = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    static final UUID U2 = UUID.fromString("00000000-0000-0000-0000-0000000000e2");
    static final UUID P1 = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    static final UUID P2 = UUID.fromString("00000000-0000-0000-0000-0000000000f2");
    static final UUID P3 = UUID.fromString("00000000-0000-0000-0000-0000000000f3");
    static final UUID P4 = UUID.fromString("00000000-0000-0000-0000-0000000000f4");
    static final UUID P5 = UUID.fromString("00000000-0000-0000-0000-0000000000f5");

    private GapFixture() {
    }

    static GapSettings settings() {
        return new GapSettings(DEC, 6, Map.of("enbek", 0.5), 0.25, 0.10, 5, 0.05, 0.4, 0.7, 1.0, 6, 2, 2,
                SkillLevel.MASTERED);
    }

    static List<DemandCell> cells() {
        return List.of(
                cell(DEC, "2512", "KZ-75", "J", "hh", "", 10, 4, 4_000_000),
                cell(DEC, "2512", "KZ-75", "J", "hh", JAVA, 6, 3, 3_300_000),
                cell(DEC, "2512", "KZ-75", "J", "hh", SQL, 4, 2, 1_800_000),
                cell(DEC, "2512", "KZ-75", "J", "hh", DOCKER, 2, 0, 0),
                cell(JUN, "2512", "KZ-75", "J", "hh", "", 4, 2, 1_000_000),
                cell(JUN, "2512", "KZ-75", "J", "hh", JAVA, 2, 1, 600_000),
                cell(JUN, "2512", "KZ-75", "J", "hh", COBOL, 1, 0, 0),
                cell(DEC, "2512", "KZ-71", "J", "enbek", "", 8, 2, 800_000),
                cell(DEC, "2512", "KZ-71", "J", "enbek", JAVA, 4, 2, 800_000),
                cell(DEC, "2512", "KZ-71", "J", "enbek", SQL, 4, 0, 0),
                cell(DEC, "2512", "KZ-71", "J", "enbek", EXCEL, 8, 0, 0),
                cell(DEC, "2512", "KZ-75", "C", "hh", "", 5, 0, 0),
                cell(DEC, "2512", "KZ-75", "C", "hh", EXCEL, 5, 0, 0),
                // coded only to the sub-major group 25: counted for no unit group
                cell(DEC, "25", "KZ-75", "J", "hh", "", 3, 0, 0),
                cell(DEC, "25", "KZ-75", "J", "hh", JAVA, 3, 0, 0));
    }

    static DemandIndex index() {
        DemandIndex.Builder builder = DemandIndex.builder(settings());
        cells().forEach(builder::add);
        return builder.build();
    }

    /** P1: software engineering in KZ-75, ICT sector only; P2: data analytics in KZ-71, all sectors. */
    static List<AlignmentProgram> programs() {
        return List.of(
                program(P1, U1, "6B06101", "06", "KZ-75", 100, List.of("2512"), List.of("J"), List.of(
                        taught(JAVA, SkillLevel.MASTERED, "PRG1"), taught(EXCEL, SkillLevel.INTRODUCED),
                        taught(COBOL, SkillLevel.PRACTICED), taught(LATIN, SkillLevel.INTRODUCED))),
                program(P2, U1, "6B06102", "06", "KZ-71", 50, List.of("2512"), List.of(), List.of(
                        taught(SQL, SkillLevel.PRACTICED, "DB201"), taught(DOCKER, SkillLevel.INTRODUCED, "DB201"))),
                program(P3, U2, "6B04101", "04", "KZ-75", 30, List.of(), List.of(), List.of(taught(SQL, SkillLevel.INTRODUCED))),
                program(P4, U2, "6B04102", "04", "KZ-71", 0, List.of("9999"), List.of(), List.of(taught(LATIN, SkillLevel.MASTERED))),
                program(P5, U2, "6B06103", "06", "KZ-75", 20, List.of("2512"), List.of("J"), List.of()));
    }

    static List<CatalogDiscipline> catalog() {
        return List.of(
                discipline(P1, "6B06101", U1, "PRG1", 5, JAVA),
                discipline(P2, "6B06102", U1, "DB201", 5, SQL, DOCKER),
                discipline(P3, "6B04101", U2, "DB999", 6, SQL, DOCKER),
                discipline(P3, "6B04101", U2, "SQL100", 3, SQL),
                discipline(P3, "6B04101", U2, "OPS300", 4, DOCKER, KUBERNETES),
                discipline(P3, "6B04101", U2, "XL100", 2, EXCEL));
    }

    static AlignmentProgram program(UUID id, UUID university, String code, String field, String region, int intake,
            List<String> isco, List<String> sectors, List<TaughtSkill> skills) {
        return new AlignmentProgram(id, university, code, LocalizedText.of(code, code, code), ProgramLevel.BACHELOR, field,
                field + "1", region, ProgramType.EXISTING, intake, intake / 2, List.of(), isco, sectors, skills);
    }

    private static TaughtSkill taught(String uri, SkillLevel level, String... disciplines) {
        return new TaughtSkill(uri, level, List.of(disciplines));
    }

    private static CatalogDiscipline discipline(UUID program, String programCode, UUID university, String code,
            int credits, String... skills) {
        return new CatalogDiscipline(program, programCode, university, code, LocalizedText.of(code, code, code), credits,
                List.of(skills));
    }

    static DemandCell cell(YearMonth month, String isco, String region, String section, String source, String skill,
            int vacancies, int withSalary, double salarySum) {
        return new DemandCell(month, isco, region, section, source, skill, vacancies, withSalary, salarySum);
    }
}
