package kz.edufusion.academy.web;

import java.util.List;
import java.util.stream.Collectors;

/** JSON arrays for chart data attributes; Thymeleaf escapes the attribute, so only JSON's own escaping is needed. */
final class Json {

    private Json() {
    }

    static String strings(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    static String numbers(List<Number> values) {
        return values.stream().map(v -> v == null ? "null" : v.toString()).collect(Collectors.joining(",", "[", "]"));
    }
}
