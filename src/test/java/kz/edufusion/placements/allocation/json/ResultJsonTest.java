package kz.edufusion.placements.allocation.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import kz.edufusion.placements.allocation.AllocationEngine;
import org.junit.jupiter.api.Test;

/** The documented example end to end: read, allocate, write; the outcome was worked out by hand in docs/allocation-format.md. */
class ResultJsonTest {

    @Test
    void writesTheDocumentedResultOfTheExample() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = getClass().getResourceAsStream("/placements/allocation/example-instance.json")) {
            ResultJson.write(AllocationEngine.allocate(InstanceJson.read(in).instance()), out);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        JsonNode result = new ObjectMapper().readTree(text);

        assertThat(text.lines()).as("one line per student and per offer").hasSize(1 + 5 + 3);
        assertThat(result.get("format").asText()).isEqualTo("edufusion-allocation-result/1");
        assertThat(result.at("/summary/assigned").asInt()).isEqualTo(4);
        assertThat(result.at("/summary/byChoice").toString()).isEqualTo("[3,1,0]");
        assertThat(result.at("/students/0").toString()).isEqualTo(
                "{\"id\":\"aigerim\",\"offer\":\"kcell-data\",\"choice\":1,\"rank\":3,\"seat\":\"WOMEN_IN_STEM\",\"notChosen\":[]}");
        assertThat(result.at("/students/2").toString()).isEqualTo("{\"id\":\"dana\",\"offer\":null,\"notChosen\":["
                + "{\"offer\":\"kaspi-dev\",\"choice\":1,\"reason\":\"CUT_OFF\",\"yours\":{\"rank\":3,\"score\":88.5},\"cutoff\":{\"rank\":2,\"score\":88.5}},"
                + "{\"offer\":\"kcell-data\",\"choice\":2,\"reason\":\"CUT_OFF\",\"yours\":{\"rank\":4},\"cutoff\":{\"rank\":3}}]}");
        assertThat(result.at("/students/3/notChosen/0").toString()).isEqualTo("{\"offer\":\"kcell-data\",\"choice\":1,"
                + "\"reason\":\"RESERVED_SEATS\",\"yours\":{\"rank\":2},\"cutoff\":{\"rank\":1},\"reservedFor\":[\"WOMEN_IN_STEM\"]}");
        assertThat(result.at("/students/4/score").asDouble()).isEqualTo(88.5);
        assertThat(result.at("/offers/2").toString()).isEqualTo("{\"id\":\"agro-field\",\"capacity\":3,\"filled\":1,\"applicants\":3,"
                + "\"cutoff\":{\"rank\":3},\"openCutoff\":null,\"reserves\":["
                + "{\"category\":\"REMOTE_REGION\",\"reserved\":1,\"filledByCategory\":0,\"cutoff\":null},"
                + "{\"category\":\"TARGETED_GRANT\",\"reserved\":1,\"filledByCategory\":1,\"cutoff\":{\"rank\":3}}],"
                + "\"admitted\":[{\"student\":\"yerlan\",\"rank\":3,\"seat\":\"TARGETED_GRANT\"}]}");
    }
}
