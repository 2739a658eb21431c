package kz.edufusion.alignment.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kz.edufusion.programs.AlignmentProgram;
import kz.edufusion.programs.CatalogDiscipline;

/**
 * Every program and every university, region and field, against one demand index. Programs are analysed on a
 * parallel stream of interleaved chunks, each with its own analyzer (scratch arrays), so nothing is left behind
 * on the pool's threads; groups are cheap and done after.
 */
public final class NationalRecompute {

    private NationalRecompute() {
    }

    public record Result(Map<UUID, ProgramGap> programs, List<GroupGap> groups) {
    }

    public static Result run(DemandIndex index, List<AlignmentProgram> programs, List<CatalogDiscipline> catalog) {
        CatalogIndex catalogIndex = new CatalogIndex(catalog, index);
        int chunks = Math.min(programs.size(), 4 * Runtime.getRuntime().availableProcessors());
        Map<UUID, ProgramGap> gaps = new LinkedHashMap<>();
        IntStream.range(0, chunks).parallel().mapToObj(c -> {
            GapAnalyzer analyzer = new GapAnalyzer(index, catalogIndex);
            List<ProgramGap> part = new ArrayList<>();
            for (int i = c; i < programs.size(); i += chunks) {
                part.add(analyzer.analyze(programs.get(i)));
            }
            return part;
        }).toList().forEach(part -> part.forEach(g -> gaps.put(g.programId(), g)));
        GroupAnalyzer groups = new GroupAnalyzer(index.settings);
        List<GroupGap> results = new ArrayList<>();
        group(programs, p -> p.universityId().toString()).forEach((k, v) -> results.add(groups.analyze(GroupKind.UNIVERSITY, k, v, gaps)));
        group(programs, AlignmentProgram::regionCode).forEach((k, v) -> results.add(groups.analyze(GroupKind.REGION, k, v, gaps)));
        group(programs, AlignmentProgram::fieldCode).forEach((k, v) -> results.add(groups.analyze(GroupKind.FIELD, k, v, gaps)));
        return new Result(gaps, results);
    }

    private static Map<String, List<AlignmentProgram>> group(List<AlignmentProgram> programs,
            Function<AlignmentProgram, String> key) {
        return programs.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }
}
