package kz.edufusion.placements.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Small instances whose outcome was worked out by hand. */
class AllocationEngineTest {

    static StudentEntry student(String id, Set<Category> categories, String... preferences) {
        return new StudentEntry(id, List.of(preferences), categories);
    }

    static StudentEntry student(String id, String... preferences) {
        return student(id, Set.of(), preferences);
    }

    static OfferEntry ranked(String id, int capacity, String... ranking) {
        return OfferEntry.ranked(id, capacity, Map.of(), List.of(ranking));
    }

    static AllocationInstance instance(List<StudentEntry> students, List<OfferEntry> offers) {
        return new AllocationInstance(7, TieBreak.LOTTERY, students, offers);
    }

    /**
     * The classic example with two stable matchings: the students' optimum {A-X, B-Y, C-Z} and the offers'
     * optimum {A-Y, B-X, C-Z}. Trace: A->X, B->Y, C->X (X keeps A), C->Y (Y keeps B), C->Z.
     */
    @Test
    void studentProposingFindsTheStudentOptimalMatching() {
        AllocationInstance instance = instance(
                List.of(student("A", "X", "Y", "Z"), student("B", "Y", "X", "Z"), student("C", "X", "Y", "Z")),
                List.of(ranked("X", 1, "B", "A", "C"), ranked("Y", 1, "A", "B", "C"), ranked("Z", 1, "A", "B", "C")));

        AllocationResult result = AllocationEngine.allocate(instance);

        assertThat(result.assignment()).isEqualTo(Map.of("A", "X", "B", "Y", "C", "Z"));
        StudentOutcome c = result.students().get(2);
        assertThat(c.choice()).isEqualTo(3);
        assertThat(c.rank()).isEqualTo(new Cutoff(3, null));
        assertThat(c.notChosen()).containsExactly(
                new NotChosen("X", 1, Reason.CUT_OFF, new Cutoff(3, null), new Cutoff(2, null), List.of()),
                new NotChosen("Y", 2, Reason.CUT_OFF, new Cutoff(3, null), new Cutoff(2, null), List.of()));
        assertThat(result.summary().byChoice()).containsExactly(2, 0, 1);
        StabilityChecker checker = new StabilityChecker(instance);
        assertThat(checker.violations(result.assignment())).isEmpty();
        assertThat(checker.violations(Map.of("A", "Y", "B", "X", "C", "Z"))).as("the offers' optimum is stable too").isEmpty();
        assertThat(checker.violations(Map.of("A", "Z", "B", "Y", "C", "X"))).as("A and X block").isNotEmpty();
    }

    /**
     * X has 2 seats, 1 reserved for women in STEM, and ranks M1 > M2 > W. Reserve first: W takes the
     * reserved seat, M1 the open one, M2 is out although ranked above W, and goes to Y.
     */
    @Test
    void reservedSeatsGoToTheCategoryBeforeOpenSeats() {
        AllocationInstance instance = instance(
                List.of(student("M1", "X"), student("M2", "X", "Y"), student("W", Set.of(Category.WOMEN_IN_STEM), "X")),
                List.of(OfferEntry.ranked("X", 2, Map.of(Category.WOMEN_IN_STEM, 1), List.of("M1", "M2", "W")),
                        ranked("Y", 1, "M2")));

        AllocationResult result = AllocationEngine.allocate(instance);

        assertThat(result.assignment()).isEqualTo(Map.of("M1", "X", "W", "X", "M2", "Y"));
        assertThat(result.students().get(1).notChosen()).containsExactly(new NotChosen("X", 1, Reason.RESERVED_SEATS,
                new Cutoff(2, null), new Cutoff(1, null), List.of(Category.WOMEN_IN_STEM)));
        assertThat(result.students().get(2).reservedSeat()).isEqualTo(Category.WOMEN_IN_STEM);
        OfferOutcome x = result.offers().get(0);
        assertThat(x.reserves()).containsExactly(new ReserveUse(Category.WOMEN_IN_STEM, 1, 1, new Cutoff(3, null)));
        assertThat(x.openCutoff()).isEqualTo(new Cutoff(1, null));
        assertThat(x.cutoff()).isEqualTo(new Cutoff(3, null));
        assertThat(result.summary().categories()).contains(new CategorySummary(Category.WOMEN_IN_STEM, 1, 1, 1, 1));
        assertThat(new StabilityChecker(instance).violations(result.assignment())).isEmpty();
    }

    @Test
    void unclaimedReservedSeatsAreOpenToEveryone() {
        AllocationInstance instance = instance(List.of(student("A", "X"), student("B", "X"), student("C", "X")),
                List.of(OfferEntry.ranked("X", 2, Map.of(Category.REMOTE_REGION, 1), List.of("C", "B", "A"))));

        AllocationResult result = AllocationEngine.allocate(instance);

        assertThat(result.assignment()).isEqualTo(Map.of("C", "X", "B", "X"));
        assertThat(result.offers().get(0).reserves()).containsExactly(new ReserveUse(Category.REMOTE_REGION, 1, 0, null));
        assertThat(result.students().get(0).notChosen()).extracting(NotChosen::reason).containsExactly(Reason.CUT_OFF);
    }

    @Test
    void explainsOffersThatDoNotRankTheStudentOrHaveNoSeats() {
        AllocationInstance instance = instance(List.of(student("A", "X", "Y", "Z")),
                List.of(ranked("X", 3), ranked("Y", 0, "A"), ranked("Z", 1, "A")));

        StudentOutcome a = AllocationEngine.allocate(instance).students().get(0);

        assertThat(a.offerId()).isEqualTo("Z");
        assertThat(a.notChosen()).extracting(NotChosen::reason).containsExactly(Reason.NOT_RANKED, Reason.NO_SEATS);
        assertThat(a.notChosen().get(0).yours()).isNull();
    }

    @Test
    void equalScoresAreBrokenByStudentIdOrBySeededLottery() {
        List<StudentEntry> students = List.of(student("b", "X"), student("a", "X"), student("c", "X"));
        List<OfferEntry> offers = List.of(OfferEntry.scored("X", 1, Map.of(), Map.of("a", 80.0, "b", 80.0, "c", 70.0)));

        AllocationResult byId = AllocationEngine.allocate(new AllocationInstance(1, TieBreak.STUDENT_ID, students, offers));
        assertThat(byId.assignment()).isEqualTo(Map.of("a", "X"));
        assertThat(byId.students().get(0).notChosen().get(0))
                .isEqualTo(new NotChosen("X", 1, Reason.CUT_OFF, new Cutoff(2, 80.0), new Cutoff(1, 80.0), List.of()));

        for (long seed = 0; seed < 20; seed++) {
            AllocationInstance lottery = new AllocationInstance(seed, TieBreak.LOTTERY, students, offers);
            Map<String, String> outcome = AllocationEngine.allocate(lottery).assignment();
            assertThat(outcome).isEqualTo(AllocationEngine.allocate(lottery).assignment());
            assertThat(outcome.keySet()).containsAnyOf("a", "b");
            assertThat(new StabilityChecker(lottery).violations(outcome)).isEmpty();
        }
    }

    @Test
    void refusesAnInvalidInstanceListingEveryProblem() {
        AllocationInstance instance = instance(List.of(student("A", "X", "Q", "X"), student("A")),
                List.of(OfferEntry.ranked("X", -1, Map.of(Category.TARGETED_GRANT, 2), List.of("A", "A", "Z"))));

        assertThatThrownBy(() -> AllocationEngine.allocate(instance)).isInstanceOfSatisfying(InvalidInstanceException.class,
                e -> assertThat(e.problems()).extracting(InstanceProblem::path).containsExactly("$.students[1].id",
                        "$.students[0].preferences[1]", "$.students[0].preferences[2]", "$.offers[0].capacity",
                        "$.offers[0].ranking[1]", "$.offers[0].ranking[2]"));
    }

    @Test
    void anEmptyRoundIsAnEmptyResult() {
        AllocationResult result = AllocationEngine.allocate(instance(List.of(student("A")), List.of()));

        assertThat(result.students()).singleElement().satisfies(a -> {
            assertThat(a.assigned()).isFalse();
            assertThat(a.notChosen()).isEmpty();
        });
        assertThat(result.summary()).isEqualTo(new AllocationSummary(1, 0, 1, List.of(), 0, 0, result.summary().categories()));
        assertThat(AllocationEngine.allocate(instance(List.of(), List.of())).summary().students()).isZero();
    }
}
