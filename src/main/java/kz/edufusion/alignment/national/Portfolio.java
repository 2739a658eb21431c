package kz.edufusion.alignment.national;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import kz.edufusion.alignment.ProgramScore;
import kz.edufusion.programs.AlignmentProgram;

/**
 * The portfolio of programs by region and sector with their alignment scores: one row per program and target
 * section, ordered by region, section (no section last), score (lowest first: the programs to look at) and code;
 * and the groups of those rows. Plain Java.
 */
public record Portfolio(List<PortfolioRow> rows, List<PortfolioGroup> groups) {

    private static final Comparator<PortfolioRow> ORDER = Comparator
            .comparing(PortfolioRow::regionCode)
            .thenComparing(PortfolioRow::sector, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PortfolioRow::score, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PortfolioRow::code);

    public Portfolio {
        rows = List.copyOf(rows);
        groups = List.copyOf(groups);
    }

    static Portfolio of(NationalFilter filter, List<AlignmentProgram> programs, Map<UUID, ProgramScore> scores) {
        List<PortfolioRow> rows = new ArrayList<>();
        for (AlignmentProgram program : programs) {
            if (!filter.selects(program)) {
                continue;
            }
            ProgramScore score = scores.get(program.id());
            List<String> sectors = program.sectors().isEmpty() ? java.util.Collections.singletonList(null) : program.sectors();
            for (String sector : sectors) {
                rows.add(new PortfolioRow(program.id(), program.code(), program.title(), program.level(), program.type(),
                        program.fieldCode(), program.regionCode(), sector, program.intake(), program.graduates(),
                        score == null ? null : score.score(), score == null ? null : score.demandedSkills(),
                        score == null ? null : score.missingSkills()));
            }
        }
        rows.sort(ORDER);
        return new Portfolio(rows, groups(rows));
    }

    private static List<PortfolioGroup> groups(List<PortfolioRow> rows) {
        Map<String, List<PortfolioRow>> byGroup = new LinkedHashMap<>();
        rows.forEach(r -> byGroup.computeIfAbsent(r.regionCode() + "|" + Objects.toString(r.sector(), ""), k -> new ArrayList<>()).add(r));
        List<PortfolioGroup> groups = new ArrayList<>();
        byGroup.values().forEach(group -> {
            List<Double> scores = group.stream().map(PortfolioRow::score).filter(Objects::nonNull).toList();
            groups.add(new PortfolioGroup(group.get(0).regionCode(), group.get(0).sector(), group.size(),
                    group.stream().mapToInt(PortfolioRow::intake).sum(), group.stream().mapToInt(PortfolioRow::graduates).sum(),
                    scores.size(), scores.isEmpty() ? null : scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                    scores.isEmpty() ? null : scores.stream().mapToDouble(Double::doubleValue).min().orElseThrow()));
        });
        return groups;
    }
}
