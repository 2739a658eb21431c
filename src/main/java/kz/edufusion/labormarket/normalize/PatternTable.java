package kz.edufusion.labormarket.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Curated patterns with what each one names: the value of the most specific matching pattern (highest
 * {@link TitlePattern#score}), ties to the earlier entry, so curated files list their specific rows first.
 */
final class PatternTable<T> {

    record Entry<T>(TitlePattern pattern, T value) {
    }

    private final List<Entry<T>> entries = new ArrayList<>();

    PatternTable<T> add(String pattern, T value) {
        entries.add(new Entry<>(TitlePattern.parse(pattern), value));
        return this;
    }

    Optional<T> best(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Set<String> words = TitleWords.of(text);
        T best = null;
        int bestScore = 0;
        for (Entry<T> entry : entries) {
            int score = entry.pattern().score(words);
            if (score > bestScore) {
                bestScore = score;
                best = entry.value();
            }
        }
        return Optional.ofNullable(best);
    }

    List<T> values() {
        return entries.stream().map(Entry::value).toList();
    }
}
