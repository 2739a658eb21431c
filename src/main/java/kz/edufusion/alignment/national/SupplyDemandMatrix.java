package kz.edufusion.alignment.national;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import kz.edufusion.labormarket.DemandCell;
import kz.edufusion.programs.AlignmentProgram;

/**
 * Builds the national matrix; plain Java, no Spring, so it is tested and measured alone.
 * <p>
 * Demand of a field: the vacancies whose ISCO-08 unit group is among the target occupations' groups of the field's
 * programs (those the filter's level and type select, in any region), counted in the region of the vacancy. A
 * vacancy whose group is a target of two fields counts in both rows, since either field's graduates could fill
 * it; in the column and grand totals it counts once. Vacancies whose region, or occupation group, could not be
 * placed are left out. Only the total cells of {@link kz.edufusion.labormarket.DemandSignals} are read (skill
 * cells would count a vacancy once per skill).
 */
final class SupplyDemandMatrix {

    private SupplyDemandMatrix() {
    }

    static NationalMatrix build(NationalFilter filter, List<AlignmentProgram> programs, Consumer<Consumer<DemandCell>> demand,
            List<String> fieldOrder, List<String> regionOrder) {
        Map<String, Set<String>> fieldsOfGroup = new HashMap<>();
        for (AlignmentProgram program : programs) {
            if (filter.selectsIgnoringRegion(program)) {
                program.targetIscoCodes().forEach(isco -> fieldsOfGroup.computeIfAbsent(isco, k -> new HashSet<>()).add(program.fieldCode()));
            }
        }
        Map<String, Counts> cells = new HashMap<>();
        Map<String, Counts> byField = new HashMap<>();
        Map<String, Counts> byRegion = new HashMap<>();
        Counts total = new Counts();
        for (AlignmentProgram program : programs) {
            if (filter.selects(program)) {
                cells.computeIfAbsent(NationalMatrix.key(program.fieldCode(), program.regionCode()), k -> new Counts()).add(program);
                byField.computeIfAbsent(program.fieldCode(), k -> new Counts()).add(program);
                byRegion.computeIfAbsent(program.regionCode(), k -> new Counts()).add(program);
                total.add(program);
            }
        }
        demand.accept(cell -> {
            if (!cell.total() || cell.regionCode().isEmpty() || !filter.inPeriod(cell.month())
                    || (filter.regionCode() != null && !filter.regionCode().equals(cell.regionCode()))) {
                return;
            }
            Set<String> fields = fieldsOfGroup.get(cell.iscoCode());
            if (fields == null) {
                return;
            }
            for (String field : fields) {
                cells.computeIfAbsent(NationalMatrix.key(field, cell.regionCode()), k -> new Counts()).vacancies += cell.vacancies();
                byField.computeIfAbsent(field, k -> new Counts()).vacancies += cell.vacancies();
            }
            byRegion.computeIfAbsent(cell.regionCode(), k -> new Counts()).vacancies += cell.vacancies();
            total.vacancies += cell.vacancies();
        });
        List<String> fieldCodes = fieldOrder.stream().filter(byField::containsKey).toList();
        List<String> regionCodes = regionOrder.stream()
                .filter(r -> filter.regionCode() == null || filter.regionCode().equals(r)).toList();
        return new NationalMatrix(fieldCodes, regionCodes, cells(cells), totals(byField, true), totals(byRegion, false),
                total.cell(null, null));
    }

    private static Map<String, MatrixCell> cells(Map<String, Counts> counts) {
        Map<String, MatrixCell> cells = new LinkedHashMap<>();
        counts.forEach((key, c) -> {
            String[] parts = key.split("\\|", 2);
            cells.put(key, c.cell(parts[0], parts[1]));
        });
        return cells;
    }

    private static Map<String, MatrixCell> totals(Map<String, Counts> counts, boolean fields) {
        Map<String, MatrixCell> totals = new LinkedHashMap<>();
        counts.forEach((code, c) -> totals.put(code, fields ? c.cell(code, null) : c.cell(null, code)));
        return totals;
    }

    private static final class Counts {
        int programs;
        int intake;
        int graduates;
        int supply;
        long vacancies;

        void add(AlignmentProgram program) {
            programs++;
            intake += program.intake();
            graduates += program.graduates();
            supply += program.graduates() > 0 ? program.graduates() : program.intake();
        }

        MatrixCell cell(String field, String region) {
            return new MatrixCell(field, region, programs, intake, graduates, supply, vacancies);
        }
    }
}
