package kz.edufusion.placements.allocation.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.edufusion.placements.allocation.AllocationEngine;
import kz.edufusion.placements.allocation.AllocationInstance;
import kz.edufusion.placements.allocation.Category;
import kz.edufusion.placements.allocation.InstanceProblem;
import kz.edufusion.placements.allocation.OfferEntry;
import kz.edufusion.placements.allocation.StudentEntry;
import kz.edufusion.placements.allocation.TieBreak;

/**
 * Reads the instance format of docs/allocation-format.md ({@code edufusion-allocation-instance/1}). Every
 * problem is collected with its JSON path, the shape's and the engine's validation's together; a
 * duplicate key in an object is an error, not a silent "last one wins".
 */
public final class InstanceJson {

    public static final String FORMAT = "edufusion-allocation-instance/1";
    private static final Set<String> ROOT = Set.of("format", "seed", "tieBreak", "students", "offers");
    private static final Set<String> STUDENT = Set.of("id", "preferences", "categories");
    private static final Set<String> OFFER = Set.of("id", "capacity", "reserves", "ranking", "scores");
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static final JsonFactory FACTORY = new JsonFactory();

    private final List<InstanceProblem> problems = new ArrayList<>();
    private final JsonShape shape = new JsonShape(problems);

    private InstanceJson() {
    }

    public static ReadInstance read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            return new ReadInstance(null, List.of(new InstanceProblem("$", "not valid JSON: " + e.getOriginalMessage() + where)));
        }
        return new InstanceJson().instance(root);
    }

    /** Writes the instance in this format, one student or offer per line; {@link #read} reads it back as it was. */
    public static void write(AllocationInstance instance, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("seed", instance.seed());
            json.writeStringField("tieBreak", instance.tieBreak().name());
            json.writeArrayFieldStart("students");
            for (StudentEntry student : instance.students()) {
                json.writeRaw('\n');
                json.writeStartObject();
                json.writeStringField("id", student.id());
                json.writeArrayFieldStart("preferences");
                for (String offer : student.preferences()) {
                    json.writeString(offer);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("categories");
                for (Category category : student.categories().stream().sorted().toList()) {
                    json.writeString(category.name());
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("offers");
            for (OfferEntry offer : instance.offers()) {
                json.writeRaw('\n');
                offer(json, offer);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void offer(JsonGenerator json, OfferEntry offer) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", offer.id());
        json.writeNumberField("capacity", offer.capacity());
        json.writeObjectFieldStart("reserves");
        for (Map.Entry<Category, Integer> reserve : offer.reserves().entrySet()) {
            json.writeNumberField(reserve.getKey().name(), reserve.getValue());
        }
        json.writeEndObject();
        if (offer.ranking() != null) {
            json.writeArrayFieldStart("ranking");
            for (String student : offer.ranking()) {
                json.writeString(student);
            }
            json.writeEndArray();
        } else {
            json.writeObjectFieldStart("scores");
            for (Map.Entry<String, Double> score : offer.scores().entrySet()) {
                json.writeNumberField(score.getKey(), score.getValue());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private ReadInstance instance(JsonNode root) {
        if (!shape.object(root, "$", ROOT)) {
            return new ReadInstance(null, problems);
        }
        JsonNode format = root.get("format");
        if (format != null && !FORMAT.equals(format.asText())) {
            shape.problem("$.format", "expected \"" + FORMAT + "\"");
        }
        JsonNode seed = root.get("seed");
        if (seed != null && !(seed.isIntegralNumber() && seed.canConvertToLong())) {
            shape.problem("$.seed", "expected a whole number");
        }
        TieBreak tieBreak = tieBreak(root.get("tieBreak"));
        List<StudentEntry> students = new ArrayList<>();
        forEach(root.get("students"), "$.students", (node, path) -> students.add(student(node, path)));
        List<OfferEntry> offers = new ArrayList<>();
        forEach(root.get("offers"), "$.offers", (node, path) -> offers.add(offer(node, path)));
        AllocationInstance instance = new AllocationInstance(seed == null ? 0 : seed.asLong(), tieBreak, students, offers);
        problems.addAll(AllocationEngine.validate(instance));
        return new ReadInstance(instance, problems);
    }

    private TieBreak tieBreak(JsonNode node) {
        if (node == null) {
            return TieBreak.LOTTERY;
        }
        for (TieBreak value : TieBreak.values()) {
            if (value.name().equals(node.asText())) {
                return value;
            }
        }
        shape.problem("$.tieBreak", "expected LOTTERY or STUDENT_ID");
        return TieBreak.LOTTERY;
    }

    private void forEach(JsonNode array, String path, java.util.function.BiConsumer<JsonNode, String> each) {
        if (array == null || !array.isArray()) {
            shape.problem(path, array == null ? "required" : "expected an array");
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            each.accept(array.get(i), path + "[" + i + "]");
        }
    }

    private StudentEntry student(JsonNode node, String path) {
        if (!shape.object(node, path, STUDENT)) {
            return new StudentEntry(null, List.of(), Set.of());
        }
        Set<Category> categories = EnumSet.noneOf(Category.class);
        JsonNode listed = node.get("categories");
        if (listed != null) {
            List<String> names = shape.texts(listed, path + ".categories");
            for (int i = 0; i < names.size(); i++) {
                Category category = category(names.get(i), path + ".categories[" + i + "]");
                if (category != null) {
                    categories.add(category);
                }
            }
        }
        return new StudentEntry(shape.requiredText(node, "id", path), shape.texts(node.get("preferences"), path + ".preferences"),
                categories);
    }

    private OfferEntry offer(JsonNode node, String path) {
        if (!shape.object(node, path, OFFER)) {
            return OfferEntry.ranked(null, 0, Map.of(), List.of());
        }
        String id = shape.requiredText(node, "id", path);
        Integer capacity = shape.integer(node, "capacity", path, null);
        Map<Category, Integer> reserves = reserves(node.get("reserves"), path + ".reserves");
        JsonNode ranking = node.get("ranking");
        JsonNode scores = node.get("scores");
        int seats = capacity == null ? 0 : capacity;
        if (ranking != null && scores == null) {
            return OfferEntry.ranked(id, seats, reserves, shape.texts(ranking, path + ".ranking"));
        }
        if (scores != null && ranking == null) {
            return OfferEntry.scored(id, seats, reserves, scores(scores, path + ".scores"));
        }
        return new OfferEntry(id, seats, reserves, null, null); // the validator reports "exactly one of"
    }

    private Map<Category, Integer> reserves(JsonNode node, String path) {
        Map<Category, Integer> reserves = new EnumMap<>(Category.class);
        if (node == null) {
            return reserves;
        }
        if (!node.isObject()) {
            shape.problem(path, "expected an object of category: seats");
            return reserves;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Category category = category(name, path + "." + name);
            Integer seats = shape.integer(node, name, path, null);
            if (category != null && seats != null) {
                reserves.put(category, seats);
            }
        }
        return reserves;
    }

    private Map<String, Double> scores(JsonNode node, String path) {
        Map<String, Double> scores = new HashMap<>(Math.max(16, node.size() * 2));
        if (!node.isObject()) {
            shape.problem(path, "expected an object of student id: score");
            return scores;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNumber()) {
                scores.put(field.getKey(), field.getValue().doubleValue());
            } else {
                shape.problem(path + "." + field.getKey(), "expected a number");
            }
        }
        return scores;
    }

    private Category category(String name, String path) {
        for (Category category : Category.values()) {
            if (category.name().equals(name)) {
                return category;
            }
        }
        shape.problem(path, "unknown category '" + name + "' (expected REMOTE_REGION, TARGETED_GRANT or WOMEN_IN_STEM)");
        return null;
    }
}
