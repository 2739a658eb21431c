package kz.edufusion.reference.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;

/**
 * Search and paging for the small classifiers (at most 20 rows), which the facade returns whole: the
 * same code-prefix-or-name-in-any-language rule as the database search of the large ones.
 */
final class InMemoryPage {

    private InMemoryPage() {
    }

    static <T> PageResponse<T> of(List<T> all, String text, Function<T, String> code, Function<T, LocalizedText> name,
            PageQuery query) {
        String term = text.toLowerCase(Locale.ROOT);
        List<T> matching = term.isEmpty() ? all : all.stream()
                .filter(item -> code.apply(item).toLowerCase(Locale.ROOT).startsWith(term) || contains(name.apply(item), term))
                .toList();
        int from = (int) Math.min(query.offset(), matching.size());
        int to = Math.min(from + query.size(), matching.size());
        return PageResponse.of(matching.subList(from, to), query, matching.size());
    }

    private static boolean contains(LocalizedText name, String term) {
        return Stream.of(name.kk(), name.ru(), name.en())
                .anyMatch(n -> n != null && n.toLowerCase(Locale.ROOT).contains(term));
    }
}
