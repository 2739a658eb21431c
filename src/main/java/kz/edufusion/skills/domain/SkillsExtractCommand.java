package kz.edufusion.skills.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.edufusion.common.cli.OperatorCommand;
import kz.edufusion.skills.SkillExtractionService;
import kz.edufusion.skills.extraction.ExtractedSkill;
import kz.edufusion.skills.extraction.Language;
import kz.edufusion.skills.extraction.Span;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar edufusion.jar skills-extract --in docs.jsonl --out skills.jsonl [--language ru|kk|en|auto]}:
 * reads one JSON object with id and text per line and writes one object with id and skills per
 * line, streaming. A bad line is reported on stderr with its line number and skipped. Exit code 0, 1 when
 * a line was skipped, 2 on a usage error.
 */
@Component
class SkillsExtractCommand implements OperatorCommand {

    private static final String USAGE = "Usage: skills-extract --in DOCS.jsonl --out SKILLS.jsonl [--language ru|kk|en|auto]";

    private final SkillExtractionService service;
    private final ObjectMapper json;
    private final PrintStream errors;

    @Autowired
    SkillsExtractCommand(SkillExtractionService service, ObjectMapper json) {
        this(service, json, System.err);
    }

    SkillsExtractCommand(SkillExtractionService service, ObjectMapper json, PrintStream errors) {
        this.service = service;
        this.json = json;
        this.errors = errors;
    }

    @Override
    public String name() {
        return "skills-extract";
    }

    @Override
    public String description() {
        return "extract skills from JSON lines {\"id\",\"text\"}: --in DOCS.jsonl --out SKILLS.jsonl [--language ru|kk|en|auto]";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) throws IOException {
        Path in = null;
        Path target = null;
        Language language = Language.ANY;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            String value = i + 1 < arguments.size() ? arguments.get(i + 1) : null;
            switch (argument) {
                case "--in" -> in = value == null ? null : Path.of(value);
                case "--out" -> target = value == null ? null : Path.of(value);
                case "--language" -> language = value == null || value.equals("auto") ? Language.ANY
                        : Language.fromCode(value).orElse(null);
                default -> {
                    out.println(USAGE);
                    return 2;
                }
            }
            i++;
        }
        if (in == null || target == null || language == null) {
            out.println(USAGE);
            return 2;
        }
        if (!Files.isReadable(in)) {
            out.println("Cannot read " + in);
            return 2;
        }
        return extract(in, target, language, out);
    }

    private int extract(Path in, Path target, Language language, PrintStream out) throws IOException {
        service.warmUp(); // the dictionary build is start-up work, not part of the documents per second
        long started = System.nanoTime();
        long documents = 0;
        long skipped = 0;
        long lineNumber = 0;
        try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                BufferedWriter writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode document;
                try {
                    document = json.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    errors.println("line " + lineNumber + ": not JSON (" + e.getOriginalMessage() + "), skipped");
                    skipped++;
                    continue;
                }
                JsonNode text = document == null ? null : document.get("text");
                if (document == null || !document.isObject() || text == null || !text.isTextual() || !document.hasNonNull("id")) {
                    errors.println("line " + lineNumber + ": expected an object with \"id\" and a string \"text\", skipped");
                    skipped++;
                    continue;
                }
                writer.write(json.writeValueAsString(result(document.get("id"), text.asText(), language)));
                writer.newLine();
                documents++;
            }
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        out.printf("%d documents, %d lines skipped, %.1f s, %.0f documents/second%n", documents, skipped, seconds,
                documents / seconds);
        return skipped == 0 ? 0 : 1;
    }

    private ObjectNode result(JsonNode id, String text, Language language) {
        ObjectNode result = json.createObjectNode();
        result.set("id", id);
        ArrayNode skills = result.putArray("skills");
        for (ExtractedSkill skill : service.extract(text, language, List.of()).skills()) {
            ObjectNode node = skills.addObject();
            node.put("uri", skill.uri());
            node.put("label", skill.label());
            node.put("score", skill.score());
            ArrayNode spans = node.putArray("spans");
            for (Span span : skill.spans()) {
                spans.addObject().put("start", span.start()).put("end", span.end());
            }
            node.put("explanation", skill.explanation());
        }
        return result;
    }
}
