package kz.edufusion.placements.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The arithmetic of evaluation, in exact decimals (two places, half up), with no Spring in it.
 * <ul>
 * <li>form score = (mean rating − 1) / 4 × 100 = (sum − n) × 25 / n: all 1 is 0 %, all 3 is 50 %, all 5 is 100 %;</li>
 * <li>result = (mentor's final score + tutor's final score) / 2;</li>
 * <li>passed when result ≥ minimum score (60 by default): 60.00 passes, 59.99 does not;</li>
 * <li>a criterion's final rating = the mean of the mentor's and the tutor's ratings of it (the one given when only
 * one of them rated it).</li>
 * </ul>
 */
public final class Scores {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Scores() {
    }

    public static BigDecimal form(List<Integer> ratings) {
        if (ratings.isEmpty()) {
            throw new IllegalArgumentException("a form rates at least one criterion");
        }
        int sum = 0;
        for (int rating : ratings) {
            if (rating < 1 || rating > 5) {
                throw new IllegalArgumentException("rating outside 1-5: " + rating);
            }
            sum += rating;
        }
        return BigDecimal.valueOf(sum - ratings.size()).multiply(BigDecimal.valueOf(25))
                .divide(BigDecimal.valueOf(ratings.size()), 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal result(BigDecimal mentorScore, BigDecimal tutorScore) {
        return mentorScore.add(tutorScore).divide(TWO, 2, RoundingMode.HALF_UP);
    }

    public static boolean passed(BigDecimal result, BigDecimal minimumScore) {
        return result.compareTo(minimumScore) >= 0;
    }

    public static BigDecimal finalRating(Integer mentorRating, Integer tutorRating) {
        if (mentorRating == null && tutorRating == null) {
            throw new IllegalArgumentException("nobody rated this criterion");
        }
        if (mentorRating == null || tutorRating == null) {
            return BigDecimal.valueOf(mentorRating == null ? tutorRating : mentorRating).setScale(2);
        }
        return BigDecimal.valueOf(mentorRating + tutorRating).divide(TWO, 2, RoundingMode.HALF_UP);
    }
}
