package kz.edufusion.placements.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Brute force on small instances: no student gains by reporting any other list (every ordered subset of the
 * offers), and the engine's matching is the students' optimum among all stable matchings.
 */
class StrategyProofnessTest {

    private static final RandomInstances.Shape SMALL = new RandomInstances.Shape(5, 3, 3, true, 2);

    @Test
    void noStudentGetsABetterOfferByMisreporting() {
        List<List<String>> lists = orderedSubsets(List.of("O0", "O1", "O2"));
        int misreports = 0;
        for (long seed = 0; seed < 300; seed++) {
            AllocationInstance truth = RandomInstances.generate(seed, SMALL);
            Map<String, String> truthful = AllocationEngine.allocate(truth).assignment();
            for (int s = 0; s < truth.students().size(); s++) {
                StudentEntry student = truth.students().get(s);
                for (List<String> report : lists) {
                    String gained = AllocationEngine.allocate(withPreferences(truth, s, report)).assignment().get(student.id());
                    misreports++;
                    assertThat(StabilityChecker.prefers(student, gained, truthful.get(student.id())))
                            .as("seed %d: %s reporting %s gets %s instead of %s", seed, student.id(), report, gained,
                                    truthful.get(student.id()))
                            .isFalse();
                }
            }
        }
        assertThat(misreports).isEqualTo(300 * 5 * 16);
    }

    @Test
    void theMatchingIsTheStudentOptimalStableOne() {
        for (long seed = 0; seed < 300; seed++) {
            AllocationInstance instance = RandomInstances.generate(seed, SMALL);
            Map<String, String> engine = AllocationEngine.allocate(instance).assignment();
            StabilityChecker checker = new StabilityChecker(instance);
            assertThat(checker.violations(engine)).isEmpty();
            for (Map<String, String> matching : allMatchings(instance)) {
                if (checker.violations(matching).isEmpty()) {
                    for (StudentEntry student : instance.students()) {
                        assertThat(StabilityChecker.prefers(student, matching.get(student.id()), engine.get(student.id())))
                                .as("seed %d: stable %s is better for %s than %s", seed, matching, student.id(), engine).isFalse();
                    }
                }
            }
        }
    }

    private static AllocationInstance withPreferences(AllocationInstance instance, int s, List<String> preferences) {
        List<StudentEntry> students = new ArrayList<>(instance.students());
        StudentEntry student = students.get(s);
        students.set(s, new StudentEntry(student.id(), preferences, student.categories()));
        return new AllocationInstance(instance.seed(), instance.tieBreak(), students, instance.offers());
    }

    static List<List<String>> orderedSubsets(List<String> offers) {
        List<List<String>> lists = new ArrayList<>();
        lists.add(List.of());
        for (int length = 1; length <= offers.size(); length++) {
            List<List<String>> longer = new ArrayList<>();
            for (List<String> list : lists) {
                if (list.size() == length - 1) {
                    for (String offer : offers) {
                        if (!list.contains(offer)) {
                            List<String> extended = new ArrayList<>(list);
                            extended.add(offer);
                            longer.add(extended);
                        }
                    }
                }
            }
            lists.addAll(longer);
        }
        return lists;
    }

    /** Every way to give each student one of their listed offers or nothing (the checker rejects the infeasible). */
    private static List<Map<String, String>> allMatchings(AllocationInstance instance) {
        List<Map<String, String>> matchings = new ArrayList<>();
        matchings.add(Map.of());
        for (StudentEntry student : instance.students()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> matching : matchings) {
                next.add(matching);
                for (String offer : student.preferences()) {
                    Map<String, String> extended = new java.util.HashMap<>(matching);
                    extended.put(student.id(), offer);
                    next.add(extended);
                }
            }
            matchings = next;
        }
        return matchings;
    }
}
