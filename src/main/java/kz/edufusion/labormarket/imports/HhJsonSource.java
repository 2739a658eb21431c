package kz.edufusion.labormarket.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import kz.edufusion.common.csv.ImportFailure;
import kz.edufusion.common.csv.RejectedRow;

/**
 * hh API vacancy objects (as GET /vacancies/{id} answers them), one at a time: a JSON array of them, JSON Lines, or
 * hh's search page {"items": [...]}. Each object is read as a tree, never the whole file; the position of the object
 * (1-based) is its row number.
 */
final class HhJsonSource implements VacancySource {

    /** The longest JSON string read at all; longer ones fail the file (a description over the row limit is rejected). */
    static final int MAX_STRING = 25_000_000;
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING).build()).build());

    private final DecodedInput input;
    private final JsonParser parser;
    private boolean inArray;
    private boolean inPage;
    private long position;

    private HhJsonSource(DecodedInput input, JsonParser parser) {
        this.input = input;
        this.parser = parser;
    }

    static HhJsonSource open(InputStream in) throws IOException {
        DecodedInput input = DecodedInput.open(in, "auto");
        return new HhJsonSource(input, MAPPER.createParser(input.reader()));
    }

    @Override
    public SourceItem next() throws IOException {
        try {
            return read();
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new ImportFailure("invalid JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr()) + ": " + e.getOriginalMessage());
        }
    }

    private SourceItem read() throws IOException {
        while (true) {
            JsonToken token = parser.nextToken();
            if (inArray) {
                if (token == JsonToken.END_ARRAY) {
                    inArray = false;
                    if (inPage) {
                        skipRestOfObject();
                        inPage = false;
                    }
                    continue;
                }
                position++;
                if (token == JsonToken.START_OBJECT) {
                    return convert(parser.readValueAsTree());
                }
                parser.skipChildren();
                return SourceItem.rejected(position, null, "not a JSON object");
            }
            if (token == null) {
                return null;
            }
            if (token == JsonToken.START_ARRAY) {
                inArray = true;
            } else if (token == JsonToken.START_OBJECT) {
                ObjectNode object = readTopObject();
                if (object != null) {
                    position++;
                    return convert(object);
                }
            } else {
                throw new ImportFailure("expected vacancy objects, an array of them or {\"items\": [...]}, found " + token);
            }
        }
    }

    /** A top-level object field by field: a vacancy, or (null) the start of a search page's items. */
    private ObjectNode readTopObject() throws IOException {
        ObjectNode object = MAPPER.createObjectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("items".equals(name) && value == JsonToken.START_ARRAY) {
                inArray = true;
                inPage = true;
                return null;
            }
            object.set(name, parser.readValueAsTree());
        }
        return object;
    }

    private void skipRestOfObject() throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            parser.nextToken();
            parser.skipChildren();
        }
    }

    private SourceItem convert(JsonNode node) {
        String id = text(node.get("id"));
        try {
            if (!node.isObject()) {
                throw new RejectedRow("not a JSON object");
            }
            JsonNode salary = node.hasNonNull("salary_range") ? node.get("salary_range") : node.path("salary");
            String description = text(node.get("description"));
            if (description != null && description.length() > VacancyLimits.DESCRIPTION_HTML) {
                throw new RejectedRow("description is longer than " + VacancyLimits.DESCRIPTION_HTML + " characters");
            }
            String url = text(node.get("alternate_url"));
            return SourceItem.of(new RawVacancy(position, HhCsvSource.SOURCE, id, text(node.get("name")), description,
                    text(node.path("area").get("name")), number("salary.from", salary.get("from")),
                    number("salary.to", salary.get("to")), text(salary.get("currency")),
                    salary.hasNonNull("gross") ? salary.get("gross").asBoolean() : null,
                    text(salary.path("mode").get("id")), text(node.path("experience").get("name")),
                    text(node.path("schedule").get("name")), text(node.path("employment").get("name")),
                    text(node.path("employer").get("name")), tags(node.get("key_skills")),
                    FieldValues.date("published_at", text(node.get("published_at")), null),
                    url != null ? url : text(node.get("url")), text(node.get("language"))));
        } catch (RejectedRow e) {
            return SourceItem.rejected(position, id, e.getMessage());
        }
    }

    private static java.util.List<String> tags(JsonNode skills) {
        if (skills == null || !skills.isArray()) {
            return java.util.List.of();
        }
        java.util.List<String> tags = new java.util.ArrayList<>();
        for (JsonNode skill : skills) {
            String name = skill.isObject() ? text(skill.get("name")) : text(skill);
            if (name != null && !tags.contains(name)) {
                tags.add(name);
            }
        }
        return tags;
    }

    private static java.math.BigDecimal number(String field, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isNumber() ? value.decimalValue() : FieldValues.number(field, value.asText());
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    @Override
    public String encoding() {
        return input.encoding();
    }

    @Override
    public String source() {
        return HhCsvSource.SOURCE;
    }

    @Override
    public long bytesRead() {
        return input.counter().count();
    }

    @Override
    public void close() throws IOException {
        parser.close();
        input.reader().close();
    }
}
