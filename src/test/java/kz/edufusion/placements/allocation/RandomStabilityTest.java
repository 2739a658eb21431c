package kz.edufusion.placements.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random instances of several sizes, with and without reserves, checked by the independent checker. */
class RandomStabilityTest {

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of(1L, new RandomInstances.Shape(30, 8, 3, false, 3)),
                Arguments.of(2L, new RandomInstances.Shape(30, 8, 3, true, 3)),
                Arguments.of(3L, new RandomInstances.Shape(500, 100, 5, false, 6)),
                Arguments.of(4L, new RandomInstances.Shape(500, 100, 5, true, 6)),
                Arguments.of(5L, new RandomInstances.Shape(5_000, 1_000, 10, true, 9)),
                Arguments.of(6L, new RandomInstances.Shape(20_000, 4_000, 10, false, 9)),
                Arguments.of(8L, new RandomInstances.Shape(20_000, 4_000, 10, true, 9)),
                Arguments.of(9L, new RandomInstances.Shape(2_000, 50, 10, true, 9)));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void noBlockingPairAndEveryExplanationHolds(long seed, RandomInstances.Shape shape) {
        AllocationInstance instance = RandomInstances.generate(seed, shape);

        AllocationResult result = AllocationEngine.allocate(instance);

        assertThat(new StabilityChecker(instance).violations(result.assignment())).isEmpty();
        AllocationSummary summary = result.summary();
        java.util.Map<String, StudentEntry> students = new java.util.HashMap<>();
        instance.students().forEach(s -> students.put(s.id(), s));
        assertThat(summary.byChoice().stream().mapToInt(Integer::intValue).sum()).isEqualTo(summary.assigned());
        assertThat(summary.assigned() + summary.unassigned()).isEqualTo(shape.students());
        assertThat(summary.seatsFilled()).isEqualTo(summary.assigned());
        for (StudentOutcome student : result.students()) {
            StudentEntry entry = students.get(student.studentId());
            assertThat(student.notChosen()).hasSize(student.assigned() ? student.choice() - 1 : entry.preferences().size());
            for (NotChosen notChosen : student.notChosen()) {
                explanationIsConsistent(notChosen);
                assertThat(java.util.Collections.disjoint(notChosen.reservedFor(), entry.categories()))
                        .as("%s: reserved seats of the student's own category went to lower-ranked members", notChosen).isTrue();
            }
        }
        System.out.printf("seed %d %s: %d assigned, %d unassigned, by choice %s, reserved seats %s%n", seed, shape,
                summary.assigned(), summary.unassigned(), summary.byChoice(),
                summary.categories().stream().map(c -> c.category() + " " + c.reservedSeatsFilled() + "/" + c.reservedSeats()).toList());
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void theCheckerCatchesAStudentTakenOutOfTheMatching(long seed, RandomInstances.Shape shape) {
        AllocationInstance instance = RandomInstances.generate(seed, shape);
        java.util.Map<String, String> assignment = AllocationEngine.allocate(instance).assignment();
        String student = assignment.keySet().stream().sorted().findFirst().orElseThrow();

        assignment.remove(student); // the student now blocks with the offer, which has a free seat

        assertThat(new StabilityChecker(instance).violations(assignment)).anyMatch(v -> v.startsWith("blocking pair: " + student + " "));
    }

    private static void explanationIsConsistent(NotChosen notChosen) {
        switch (notChosen.reason()) {
            case NOT_RANKED -> assertThat(notChosen.yours()).isNull();
            case NO_SEATS -> assertThat(notChosen.cutoff()).isNull();
            case CUT_OFF -> assertThat(notChosen.cutoff().rank()).isLessThan(notChosen.yours().rank());
            case RESERVED_SEATS -> {
                assertThat(notChosen.reservedFor()).isNotEmpty();
                if (notChosen.cutoff() != null) {
                    assertThat(notChosen.cutoff().rank()).isLessThan(notChosen.yours().rank());
                }
            }
        }
    }
}
