package kz.edufusion.placements.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded random instances for the tests and the benchmark. Offer popularity is skewed (weight of the i-th
 * offer proportional to 1 / (i + 1)^0.8, so the top 1% of offers draw about a fifth of all listings),
 * capacities 1-9 (5 on average), students' categories overlap (remote region 20%, targeted grant 15%, women
 * in STEM 35%). Offers rank their applicants by a common ability plus an offer-specific noise: half of them as
 * an explicit ranking, half as scores rounded to 0.5 points (so ties happen and the tie-break matters);
 * 5% of applicants are not ranked at all (not acceptable). With reserves, 40% of the offers reserve about a
 * fifth of their seats for one or two categories.
 */
final class RandomInstances {

    record Shape(int students, int offers, int preferences, boolean reserves, int maxCapacity) {
    }

    private RandomInstances() {
    }

    static AllocationInstance generate(long seed, Shape shape) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] cumulative = popularity(shape.offers());
        double[] ability = new double[shape.students()];
        List<List<Integer>> applicants = new ArrayList<>();
        for (int o = 0; o < shape.offers(); o++) {
            applicants.add(new ArrayList<>());
        }
        List<StudentEntry> students = new ArrayList<>(shape.students());
        for (int s = 0; s < shape.students(); s++) {
            ability[s] = random.nextGaussian();
            List<String> preferences = new ArrayList<>();
            int wanted = Math.min(shape.preferences(), shape.offers());
            boolean[] listed = new boolean[shape.offers()];
            while (preferences.size() < wanted) {
                int o = pick(cumulative, random.nextDouble());
                if (!listed[o]) {
                    listed[o] = true;
                    preferences.add(offerId(o));
                    applicants.get(o).add(s);
                }
            }
            students.add(new StudentEntry(studentId(s), preferences, categories(random)));
        }
        List<OfferEntry> offers = new ArrayList<>(shape.offers());
        for (int o = 0; o < shape.offers(); o++) {
            offers.add(offer(o, applicants.get(o), ability, random, shape));
        }
        return new AllocationInstance(seed, seed % 2 == 0 ? TieBreak.LOTTERY : TieBreak.STUDENT_ID, students, offers);
    }

    private static OfferEntry offer(int o, List<Integer> applicants, double[] ability, SplittableRandom random, Shape shape) {
        int capacity = 1 + random.nextInt(shape.maxCapacity());
        Map<Category, Integer> reserves = shape.reserves() && random.nextDouble() < 0.4 ? reserves(capacity, random) : Map.of();
        Map<Integer, Double> merit = new HashMap<>();
        for (int s : applicants) {
            if (random.nextDouble() >= 0.05) {
                merit.put(s, Math.round((60 + 10 * ability[s] + 5 * random.nextGaussian()) * 2) / 2.0);
            }
        }
        if (random.nextBoolean()) {
            Map<String, Double> scores = new HashMap<>();
            merit.forEach((s, score) -> scores.put(studentId(s), score));
            return OfferEntry.scored(offerId(o), capacity, reserves, scores);
        }
        Integer[] order = merit.keySet().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> merit.get(a).equals(merit.get(b)) ? Integer.compare(a, b) : Double.compare(merit.get(b), merit.get(a)));
        return OfferEntry.ranked(offerId(o), capacity, reserves, Arrays.stream(order).map(RandomInstances::studentId).toList());
    }

    private static Map<Category, Integer> reserves(int capacity, SplittableRandom random) {
        Map<Category, Integer> reserves = new EnumMap<>(Category.class);
        int left = capacity;
        for (Category category : Category.values()) {
            if (left > 0 && random.nextDouble() < 0.5) {
                int seats = Math.min(left, Math.max(1, Math.round(capacity * 0.2f)));
                reserves.put(category, seats);
                left -= seats;
            }
        }
        return reserves;
    }

    private static Set<Category> categories(SplittableRandom random) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        if (random.nextDouble() < 0.20) {
            categories.add(Category.REMOTE_REGION);
        }
        if (random.nextDouble() < 0.15) {
            categories.add(Category.TARGETED_GRANT);
        }
        if (random.nextDouble() < 0.35) {
            categories.add(Category.WOMEN_IN_STEM);
        }
        return categories;
    }

    private static double[] popularity(int offers) {
        double[] cumulative = new double[offers];
        double sum = 0;
        for (int o = 0; o < offers; o++) {
            sum += 1 / Math.pow(o + 1, 0.8);
            cumulative[o] = sum;
        }
        for (int o = 0; o < offers; o++) {
            cumulative[o] /= sum;
        }
        return cumulative;
    }

    private static int pick(double[] cumulative, double u) {
        int at = Arrays.binarySearch(cumulative, u);
        return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
    }

    static String studentId(int s) {
        return "S" + s;
    }

    static String offerId(int o) {
        return "O" + o;
    }
}
