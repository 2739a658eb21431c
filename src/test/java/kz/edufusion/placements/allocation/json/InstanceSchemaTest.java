package kz.edufusion.placements.allocation.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.edufusion.placements.allocation.Category;
import kz.edufusion.placements.allocation.TieBreak;
import org.junit.jupiter.api.Test;

/** The published JSON Schema names the same fields, categories and tie-breaks as the reader accepts. */
class InstanceSchemaTest {

    @Test
    void schemaAndReaderAgree() throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/placements/allocation-instance.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }

        assertThat(names(schema.get("properties"))).containsExactlyInAnyOrder("format", "seed", "tieBreak", "students", "offers");
        assertThat(schema.at("/properties/format/const").asText()).isEqualTo(InstanceJson.FORMAT);
        assertThat(names(schema.at("/properties/students/items/properties"))).containsExactlyInAnyOrder("id", "preferences", "categories");
        assertThat(names(schema.at("/properties/offers/items/properties")))
                .containsExactlyInAnyOrder("id", "capacity", "reserves", "ranking", "scores");
        assertThat(texts(schema.at("/$defs/category/enum"))).containsExactly(Arrays.stream(Category.values()).map(Enum::name).toArray(String[]::new));
        assertThat(texts(schema.at("/properties/tieBreak/enum"))).containsExactly(Arrays.stream(TieBreak.values()).map(Enum::name).toArray(String[]::new));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
