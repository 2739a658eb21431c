package kz.edufusion.placements.allocation.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import kz.edufusion.placements.allocation.InstanceProblem;

/** Shape checks of one JSON node, each recording a problem at the node's path instead of throwing. */
final class JsonShape {

    private final List<InstanceProblem> problems;

    JsonShape(List<InstanceProblem> problems) {
        this.problems = problems;
    }

    void problem(String path, String message) {
        problems.add(new InstanceProblem(path, message));
    }

    boolean object(JsonNode node, String path, Set<String> fields) {
        if (node == null || !node.isObject()) {
            problem(path, "expected an object");
            return false;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                problem(path + "." + name, "unknown field (expected one of " + String.join(", ", fields.stream().sorted().toList()) + ")");
            }
        }
        return true;
    }

    String requiredText(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            problem(path + "." + field, node == null ? "required" : "expected a non-empty string");
            return null;
        }
        return node.asText();
    }

    /** An int field: {@code missing} when absent and not required, null after a problem. */
    Integer integer(JsonNode parent, String field, String path, Integer missing) {
        JsonNode node = parent.get(field);
        if (node == null && missing != null) {
            return missing;
        }
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            problem(path + "." + field, node == null ? "required" : "expected a whole number");
            return null;
        }
        return node.intValue();
    }

    /** A list of non-empty strings; after any problem the list is empty, so later checks do not report shifted indexes. */
    List<String> texts(JsonNode node, String path) {
        if (node == null || !node.isArray()) {
            problem(path, node == null ? "required" : "expected an array of strings");
            return List.of();
        }
        List<String> texts = new ArrayList<>(node.size());
        boolean broken = false;
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            if (!element.isTextual() || element.asText().isBlank()) {
                problem(path + "[" + i + "]", "expected a non-empty string");
                broken = true;
            } else {
                texts.add(element.asText());
            }
        }
        return broken ? List.of() : texts;
    }
}
