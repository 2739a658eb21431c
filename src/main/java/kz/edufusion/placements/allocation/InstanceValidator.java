package kz.edufusion.placements.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the rules a well-formed instance must keep and reports every break with its JSON path: unique
 * ids, preferences naming known offers at most once, capacities and reserves that are not negative and
 * reserves that fit the capacity, rankings and scores naming known students at most once, finite scores.
 * An element whose id is null (already reported by the reader) is skipped by the id-based checks.
 */
public final class InstanceValidator {

    private InstanceValidator() {
    }

    public static List<InstanceProblem> validate(AllocationInstance instance) {
        List<InstanceProblem> problems = new ArrayList<>();
        Set<String> students = uniqueIds(instance.students().stream().map(StudentEntry::id).toList(), "$.students", problems);
        Set<String> offers = uniqueIds(instance.offers().stream().map(OfferEntry::id).toList(), "$.offers", problems);
        for (int i = 0; i < instance.students().size(); i++) {
            checkPreferences(instance.students().get(i), "$.students[" + i + "]", offers, problems);
        }
        for (int i = 0; i < instance.offers().size(); i++) {
            checkOffer(instance.offers().get(i), "$.offers[" + i + "]", students, problems);
        }
        return problems;
    }

    private static Set<String> uniqueIds(List<String> ids, String path, List<InstanceProblem> problems) {
        Map<String, Integer> first = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(id, i);
            if (earlier != null) {
                problems.add(new InstanceProblem(path + "[" + i + "].id",
                        "duplicate id '" + id + "' (first at " + path + "[" + earlier + "])"));
            }
        }
        return first.keySet();
    }

    private static void checkPreferences(StudentEntry student, String path, Set<String> offers, List<InstanceProblem> problems) {
        List<String> preferences = student.preferences();
        // lists are short (tens): a scan of the earlier entries beats a hash set per student; long lists get a set
        Set<String> seen = preferences.size() > 32 ? new HashSet<>() : null;
        for (int p = 0; p < preferences.size(); p++) {
            String offer = preferences.get(p);
            if (!offers.contains(offer)) {
                problems.add(new InstanceProblem(path + ".preferences[" + p + "]", "unknown offer id '" + offer + "'"));
            } else if (seen != null ? !seen.add(offer) : preferences.subList(0, p).contains(offer)) {
                problems.add(new InstanceProblem(path + ".preferences[" + p + "]", "offer '" + offer + "' is listed twice"));
            }
        }
    }

    private static void checkOffer(OfferEntry offer, String path, Set<String> students, List<InstanceProblem> problems) {
        if (offer.capacity() < 0) {
            problems.add(new InstanceProblem(path + ".capacity", "capacity must not be negative, was " + offer.capacity()));
        }
        int reserved = 0;
        for (Map.Entry<Category, Integer> reserve : offer.reserves().entrySet()) {
            if (reserve.getValue() < 0) {
                problems.add(new InstanceProblem(path + ".reserves." + reserve.getKey(), "a reserve must not be negative, was " + reserve.getValue()));
            } else {
                reserved += reserve.getValue();
            }
        }
        if (offer.capacity() >= 0 && reserved > offer.capacity()) {
            problems.add(new InstanceProblem(path + ".reserves",
                    "reserved seats (" + reserved + ") exceed the capacity (" + offer.capacity() + ")"));
        }
        if ((offer.ranking() == null) == (offer.scores() == null)) {
            problems.add(new InstanceProblem(path, "give exactly one of 'ranking' or 'scores'"));
        }
        if (offer.ranking() != null) {
            checkRanking(offer.ranking(), path + ".ranking", students, problems);
        }
        if (offer.scores() != null) {
            checkScores(offer.scores(), path + ".scores", students, problems);
        }
    }

    private static void checkRanking(List<String> ranking, String path, Set<String> students, List<InstanceProblem> problems) {
        Set<String> seen = new HashSet<>(ranking.size() * 2);
        for (int r = 0; r < ranking.size(); r++) {
            String student = ranking.get(r);
            if (!students.contains(student)) {
                problems.add(new InstanceProblem(path + "[" + r + "]", "unknown student id '" + student + "'"));
            } else if (!seen.add(student)) {
                problems.add(new InstanceProblem(path + "[" + r + "]", "student '" + student + "' is ranked twice"));
            }
        }
    }

    private static void checkScores(Map<String, Double> scores, String path, Set<String> students, List<InstanceProblem> problems) {
        List<InstanceProblem> found = new ArrayList<>();
        for (Map.Entry<String, Double> score : scores.entrySet()) {
            if (!students.contains(score.getKey())) {
                found.add(new InstanceProblem(path + "." + score.getKey(), "unknown student id '" + score.getKey() + "'"));
            } else if (score.getValue() == null || !Double.isFinite(score.getValue())) {
                found.add(new InstanceProblem(path + "." + score.getKey(), "a score must be a finite number"));
            }
        }
        found.sort(java.util.Comparator.comparing(InstanceProblem::path)); // map order is not stable across runs
        problems.addAll(found);
    }
}
