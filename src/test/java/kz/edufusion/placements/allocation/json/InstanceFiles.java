package kz.edufusion.placements.allocation.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kz.edufusion.placements.allocation.AllocationInstance;
import kz.edufusion.placements.allocation.Category;
import kz.edufusion.placements.allocation.OfferEntry;
import kz.edufusion.placements.allocation.RandomInstancesAccess;
import kz.edufusion.placements.allocation.StudentEntry;

/**
 * Writes instances in the documented format, to make large test files for the {@code allocate} command:
 * {@code java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)"
 * kz.edufusion.placements.allocation.json.InstanceFiles OUT.json [students offers preferences seed]}
 * (default 100000 20000 10 20261202, the benchmark's instance, with reserves).
 */
public final class InstanceFiles {

    private InstanceFiles() {
    }

    public static void main(String[] args) throws IOException {
        int students = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int offers = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        int preferences = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 20261202L;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[0])), 1 << 16)) {
            write(RandomInstancesAccess.generate(seed, students, offers, preferences, true), out);
        }
    }

    static void write(AllocationInstance instance, OutputStream out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("format", InstanceJson.FORMAT);
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
}
