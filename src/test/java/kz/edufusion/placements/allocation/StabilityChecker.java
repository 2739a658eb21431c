package kz.edufusion.placements.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * An independent check of an allocation, written from docs/decisions/0008 alone and sharing no code with
 * the engine (it reads only the instance records): priorities are recomputed from rankings, scores and the
 * documented lottery, and each offer's choice function is the plain definition over sorted lists.
 * A matching is stable when every student holds an offer they listed and that ranks them, no offer holds
 * more than its capacity, every offer would keep all its holders, and there is no blocking pair: a student s
 * and an offer o that s lists above their outcome (or at all, if unassigned), that ranks s, and whose choice
 * from its holders plus s contains s.
 */
final class StabilityChecker {

    private final AllocationInstance instance;
    private final Map<String, OfferEntry> offers = new HashMap<>();
    private final Map<String, StudentEntry> students = new HashMap<>();
    private final Map<String, Map<String, Integer>> priority = new HashMap<>();

    StabilityChecker(AllocationInstance instance) {
        this.instance = instance;
        instance.students().forEach(s -> students.put(s.id(), s));
        Map<String, Integer> lottery = tieBreak();
        for (OfferEntry offer : instance.offers()) {
            offers.put(offer.id(), offer);
            List<String> order = offer.ranking() != null ? offer.ranking() : byScore(offer.scores(), lottery);
            Map<String, Integer> ranks = new HashMap<>();
            for (int i = 0; i < order.size(); i++) {
                ranks.put(order.get(i), i);
            }
            priority.put(offer.id(), ranks);
        }
    }

    /** Every violation found; empty for a stable matching. */
    List<String> violations(Map<String, String> assignment) {
        List<String> violations = new ArrayList<>();
        Map<String, List<String>> holders = new HashMap<>();
        assignment.forEach((student, offer) -> holders.computeIfAbsent(offer, o -> new ArrayList<>()).add(student));
        for (Map.Entry<String, String> entry : assignment.entrySet()) {
            StudentEntry student = students.get(entry.getKey());
            if (student == null || !student.preferences().contains(entry.getValue())) {
                violations.add(entry.getKey() + " holds " + entry.getValue() + " which they did not list");
            } else if (!priority.get(entry.getValue()).containsKey(entry.getKey())) {
                violations.add(entry.getKey() + " holds " + entry.getValue() + " which does not rank them");
            }
        }
        holders.forEach((offer, held) -> {
            if (held.size() > offers.get(offer).capacity()) {
                violations.add(offer + " holds " + held.size() + " > capacity " + offers.get(offer).capacity());
            }
            if (!new HashSet<>(choose(offer, held)).containsAll(held)) {
                violations.add(offer + " would not keep all its holders " + held);
            }
        });
        for (StudentEntry student : instance.students()) {
            String outcome = assignment.get(student.id());
            for (String offer : student.preferences()) {
                if (offer.equals(outcome)) {
                    break;
                }
                if (!priority.get(offer).containsKey(student.id())) {
                    continue;
                }
                List<String> applicants = new ArrayList<>(holders.getOrDefault(offer, List.of()));
                applicants.add(student.id());
                if (choose(offer, applicants).contains(student.id())) {
                    violations.add("blocking pair: " + student.id() + " and " + offer + " (student holds " + outcome + ")");
                }
            }
        }
        return violations;
    }

    /** The offer's choice: reserved seats category by category to the best members, then the best of the rest. */
    List<String> choose(String offerId, List<String> applicants) {
        OfferEntry offer = offers.get(offerId);
        Map<String, Integer> ranks = priority.get(offerId);
        List<String> sorted = new ArrayList<>(applicants.stream().filter(ranks::containsKey).toList());
        sorted.sort(Comparator.comparing(ranks::get));
        List<String> chosen = new ArrayList<>();
        for (Category category : Category.values()) {
            int seats = offer.reserves().getOrDefault(category, 0);
            for (String student : sorted) {
                if (seats > 0 && !chosen.contains(student) && students.get(student).categories().contains(category)) {
                    chosen.add(student);
                    seats--;
                }
            }
        }
        int open = offer.capacity() - chosen.size();
        for (String student : sorted) {
            if (open > 0 && !chosen.contains(student)) {
                chosen.add(student);
                open--;
            }
        }
        return chosen;
    }

    private List<String> byScore(Map<String, Double> scores, Map<String, Integer> tieBreak) {
        List<String> order = new ArrayList<>(scores.keySet());
        order.sort(Comparator.comparing((String s) -> -(scores.get(s) + 0.0)).thenComparing(tieBreak::get));
        return order;
    }

    private Map<String, Integer> tieBreak() {
        List<StudentEntry> list = instance.students();
        Map<String, Integer> numbers = new HashMap<>();
        if (instance.tieBreak() == TieBreak.STUDENT_ID) {
            List<String> ids = new ArrayList<>(list.stream().map(StudentEntry::id).sorted().toList());
            for (int i = 0; i < ids.size(); i++) {
                numbers.put(ids.get(i), i);
            }
            return numbers;
        }
        int[] shuffled = new int[list.size()];
        for (int i = 0; i < shuffled.length; i++) {
            shuffled[i] = i;
        }
        SplittableRandom random = new SplittableRandom(instance.seed());
        for (int i = shuffled.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = t;
        }
        for (int i = 0; i < shuffled.length; i++) {
            numbers.put(list.get(i).id(), shuffled[i]);
        }
        return numbers;
    }

    /** True when the student strictly prefers offer a to offer b (null = unassigned, worst). */
    static boolean prefers(StudentEntry student, String a, String b) {
        int ia = a == null ? Integer.MAX_VALUE : student.preferences().indexOf(a);
        int ib = b == null ? Integer.MAX_VALUE : student.preferences().indexOf(b);
        return ia < ib;
    }
}
