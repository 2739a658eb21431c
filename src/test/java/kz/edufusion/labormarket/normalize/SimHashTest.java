package kz.edufusion.labormarket.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.skills.extraction.PlainText;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimHashTest {

    private static final List<CsvRow> ROWS = DevVacancies.rows();

    private static List<String> descriptions() {
        return ROWS.stream().map(r -> PlainText.of(r.required("description"))).distinct().toList();
    }

    private static String replaceMiddleWord(String text) {
        int middle = text.indexOf(' ', text.length() / 2);
        int next = text.indexOf(' ', middle + 1);
        return text.substring(0, middle) + " изменено" + text.substring(next);
    }

    @Test
    void theSameDescriptionWithOneWordChangedIsNearIdentical() {
        List<String> texts = descriptions().stream().filter(t -> t.indexOf(' ', t.length() / 2 + 1) > 0).toList();
        long near = texts.stream().filter(t -> SimHash.nearIdentical(SimHash.of(t), SimHash.of(replaceMiddleWord(t))))
                .count();
        System.out.printf("One word replaced: %d of %d dev descriptions stay near-identical%n", near, texts.size());
        assertThat(near).isGreaterThanOrEqualTo(texts.size() * 9L / 10);
        String first = texts.get(0);
        assertThat(SimHash.nearIdentical(SimHash.of(first), SimHash.of(replaceMiddleWord(first)))).isTrue();
        assertThat(SimHash.of(first.toUpperCase())).isEqualTo(SimHash.of(first));
    }

    @Test
    void onlyTextsThatAreLargelyTheSameComeOutNearIdentical() {
        List<String> texts = descriptions();
        List<Long> hashes = texts.stream().map(SimHash::of).toList();
        int flagged = 0;
        double leastOverlap = 1;
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                if (SimHash.nearIdentical(hashes.get(i), hashes.get(j))) {
                    flagged++;
                    leastOverlap = Math.min(leastOverlap, wordOverlap(texts.get(i), texts.get(j)));
                }
            }
        }
        System.out.printf("Near-identical pairs among %d distinct dev descriptions: %d, least word overlap %.2f%n",
                texts.size(), flagged, leastOverlap);
        // the flagged pairs are one employer's template with a few words changed (EPAM Campus, Sulpak, ...)
        assertThat(flagged).isLessThan(10);
        assertThat(leastOverlap).isGreaterThan(0.8);
        // and two unrelated vacancies are far apart
        assertThat(SimHash.distance(SimHash.of(texts.get(0)), SimHash.of(texts.get(1)))).isGreaterThan(SimHash.NEAR_DUPLICATE_BITS);
    }

    /** Jaccard overlap of the two texts' word sets. */
    private static double wordOverlap(String a, String b) {
        java.util.Set<String> x = new java.util.HashSet<>(List.of(a.toLowerCase().split("[^\\p{L}\\p{N}]+")));
        java.util.Set<String> y = new java.util.HashSet<>(List.of(b.toLowerCase().split("[^\\p{L}\\p{N}]+")));
        java.util.Set<String> both = new java.util.HashSet<>(x);
        both.retainAll(y);
        x.addAll(y);
        return (double) both.size() / x.size();
    }

    @Test
    void leadingPunctuationShortAndEmptyTexts() {
        assertThat(SimHash.of("«Java developer» wanted")).isEqualTo(SimHash.of("java developer wanted"));
        assertThat(SimHash.of("Java")).isNotZero().isNotEqualTo(SimHash.of("Python"));
        assertThat(SimHash.of("")).isZero();
        assertThat(SimHash.of("!!!")).isZero();
        assertThat(SimHash.of(null)).isZero();
        assertThat(SimHash.distance(0b1011L, 0b0001L)).isEqualTo(2);
    }
}
