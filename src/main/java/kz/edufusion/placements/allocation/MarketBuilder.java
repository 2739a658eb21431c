package kz.edufusion.placements.allocation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Compiles a validated instance into a {@link Market}: ids to ints, preferences to flat arrays, rankings to ranks. */
final class MarketBuilder {

    private final AllocationInstance instance;
    private final Map<String, Integer> studentIndex;
    private final Map<String, Integer> offerIndex;
    private final int[] prefStart;
    private final int[] prefOffer;
    private int[] prefRank;
    private double[] prefScore;

    private MarketBuilder(AllocationInstance instance) {
        this.instance = instance;
        this.studentIndex = index(instance.students().stream().map(StudentEntry::id).toList());
        this.offerIndex = index(instance.offers().stream().map(OfferEntry::id).toList());
        this.prefStart = new int[instance.students().size() + 1];
        for (int s = 0; s < instance.students().size(); s++) {
            prefStart[s + 1] = prefStart[s] + instance.students().get(s).preferences().size();
        }
        this.prefOffer = new int[prefStart[instance.students().size()]];
    }

    static Market build(AllocationInstance instance) {
        return new MarketBuilder(instance).compile();
    }

    private Market compile() {
        List<StudentEntry> students = instance.students();
        byte[] categories = new byte[students.size()];
        for (int s = 0; s < students.size(); s++) {
            int k = prefStart[s];
            for (String offer : students.get(s).preferences()) {
                prefOffer[k++] = offerIndex.get(offer);
            }
            for (Category category : students.get(s).categories()) {
                categories[s] |= (byte) category.bit();
            }
        }
        prefRank = new int[prefOffer.length];
        prefScore = new double[prefOffer.length];
        Arrays.fill(prefRank, -1);
        Arrays.fill(prefScore, Double.NaN);
        List<OfferEntry> offers = instance.offers();
        int[] capacity = new int[offers.size()];
        int[] reserves = new int[offers.size() * Market.CATEGORIES];
        int[] tieBreak = null;
        int[] byTieBreak = null;
        for (int o = 0; o < offers.size(); o++) {
            OfferEntry offer = offers.get(o);
            capacity[o] = offer.capacity();
            for (Category category : Category.ALL) {
                reserves[o * Market.CATEGORIES + category.ordinal()] = offer.reserved(category);
            }
            if (offer.ranking() != null) {
                rankExplicitly(o, offer.ranking());
            } else {
                if (tieBreak == null) {
                    tieBreak = TieBreakNumbers.of(instance.tieBreak(), instance.seed(), students);
                    byTieBreak = inverse(tieBreak);
                }
                rankByScores(o, offer.scores(), tieBreak, byTieBreak);
            }
        }
        String[] studentIds = students.stream().map(StudentEntry::id).toArray(String[]::new);
        String[] offerIds = offers.stream().map(OfferEntry::id).toArray(String[]::new);
        return new Market(studentIds, offerIds, prefStart, prefOffer, prefRank, prefScore, categories, capacity, reserves);
    }

    private void rankExplicitly(int o, List<String> ranking) {
        for (int rank = 0; rank < ranking.size(); rank++) {
            int k = preferenceIndex(studentIndex.get(ranking.get(rank)), o);
            if (k >= 0) {
                prefRank[k] = rank;
            }
        }
    }

    /**
     * Orders the scored students by (score descending, tie-break number ascending) with one primitive sort:
     * the key is the score's position among the offer's distinct scores (high bits) and the tie-break number.
     */
    private void rankByScores(int o, Map<String, Double> scores, int[] tieBreak, int[] byTieBreak) {
        long[] keys = new long[scores.size()];
        double[] values = new double[scores.size()];
        int[] students = new int[scores.size()];
        int i = 0;
        for (Map.Entry<String, Double> score : scores.entrySet()) {
            students[i] = studentIndex.get(score.getKey());
            values[i++] = score.getValue() + 0.0; // -0.0 and 0.0 are the same score
        }
        double[] distinct = values.clone();
        Arrays.sort(distinct);
        int count = 0;
        for (int d = 0; d < distinct.length; d++) {
            if (d == 0 || distinct[d] != distinct[d - 1]) {
                distinct[count++] = distinct[d];
            }
        }
        for (i = 0; i < keys.length; i++) {
            long higherScores = count - 1 - Arrays.binarySearch(distinct, 0, count, values[i]);
            keys[i] = higherScores << 32 | tieBreak[students[i]];
        }
        Arrays.sort(keys);
        for (int rank = 0; rank < keys.length; rank++) {
            int student = byTieBreak[(int) keys[rank]];
            int k = preferenceIndex(student, o);
            if (k >= 0) {
                prefRank[k] = rank;
                prefScore[k] = distinct[count - 1 - (int) (keys[rank] >>> 32)];
            }
        }
    }

    private int preferenceIndex(int s, int o) {
        for (int k = prefStart[s]; k < prefStart[s + 1]; k++) {
            if (prefOffer[k] == o) {
                return k;
            }
        }
        return -1;
    }

    private static int[] inverse(int[] permutation) {
        int[] inverse = new int[permutation.length];
        for (int i = 0; i < permutation.length; i++) {
            inverse[permutation[i]] = i;
        }
        return inverse;
    }

    private static Map<String, Integer> index(List<String> ids) {
        Map<String, Integer> index = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        return index;
    }
}
