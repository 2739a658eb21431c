package kz.edufusion.alignment.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edufusion.programs.CatalogDiscipline;

/**
 * The discipline catalog for recommendations: disciplines with the same set of demanded-market skills merged
 * into one group (they would always gain the same, so greedy cover needs to look at one of them), members in
 * the order a recommendation prefers them (fewer credits, then program and discipline code), and for every skill
 * the groups that teach it. Skills no vacancy asks for are dropped: they cannot close a gap.
 */
public final class CatalogIndex {

    final List<List<CatalogDiscipline>> members = new ArrayList<>();
    final List<int[]> groupSkills = new ArrayList<>();
    final int[][] groupsOfSkill;
    private final Interner skills;

    public CatalogIndex(List<CatalogDiscipline> catalog, DemandIndex demand) {
        this.skills = demand.skills;
        List<CatalogDiscipline> ordered = new ArrayList<>(catalog);
        ordered.sort(Comparator.comparingInt(CatalogDiscipline::credits).thenComparing(CatalogDiscipline::programCode)
                .thenComparing(CatalogDiscipline::code).thenComparing(d -> d.programId().toString()));
        Map<String, Integer> groupBySkills = new HashMap<>();
        int[] counts = new int[demand.skills.size()];
        for (CatalogDiscipline discipline : ordered) {
            int[] skills = discipline.skillUris().stream().mapToInt(demand.skills::find).filter(s -> s > 0)
                    .distinct().sorted().toArray();
            if (skills.length == 0) {
                continue;
            }
            Integer group = groupBySkills.get(Arrays.toString(skills));
            if (group == null) {
                group = members.size();
                groupBySkills.put(Arrays.toString(skills), group);
                members.add(new ArrayList<>());
                groupSkills.add(skills);
                for (int s : skills) {
                    counts[s]++;
                }
            }
            members.get(group).add(discipline);
        }
        groupsOfSkill = new int[counts.length][];
        for (int s = 0; s < counts.length; s++) {
            groupsOfSkill[s] = new int[counts[s]];
            counts[s] = 0;
        }
        for (int g = 0; g < groupSkills.size(); g++) {
            for (int s : groupSkills.get(g)) {
                groupsOfSkill[s][counts[s]++] = g;
            }
        }
    }

    public static CatalogIndex empty(DemandIndex demand) {
        return new CatalogIndex(List.of(), demand);
    }

    String skillUri(int skill) {
        return skills.value(skill);
    }

    public int groups() {
        return members.size();
    }
}
