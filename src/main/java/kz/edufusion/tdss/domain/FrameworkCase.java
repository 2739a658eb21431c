package kz.edufusion.tdss.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import org.springframework.stereotype.Component;

/**
 * Frameworks as 1EdTech CASE 1.0 packages: a CFPackage with the CFDocument (the framework), CFItems (levels, areas,
 * competences; CFItemType says which, humanCodingScheme is the code) and isChildOf CFAssociations (a competence is
 * child of its area; areas and levels of the document). fullStatement is the English title; the three titles and
 * descriptions travel in each object's {@code extensions.edufusion} so a round trip keeps kk and ru.
 */
@Component
public class FrameworkCase {

    static final String LEVEL = "Proficiency level";
    static final String AREA = "Competence area";
    static final String COMPETENCE = "Competence";

    private final Frameworks frameworks;
    private final ObjectMapper json;

    FrameworkCase(Frameworks frameworks, ObjectMapper json) {
        this.frameworks = frameworks;
        this.json = json;
    }

    public ObjectNode export(String code) {
        FrameworkView f = frameworks.view(code);
        String now = Instant.now().toString();
        ObjectNode pkg = json.createObjectNode();
        ObjectNode doc = pkg.putObject("CFDocument");
        doc.put("identifier", f.id().toString());
        doc.put("uri", uri(f.id()));
        doc.put("creator", "EduFusion");
        doc.put("title", f.title().en());
        doc.put("humanCodingScheme", f.code());
        doc.put("description", f.description().en());
        doc.put("language", "en");
        doc.put("lastChangeDateTime", now);
        texts(doc, f.title(), f.description());
        ArrayNode items = pkg.putArray("CFItems");
        ArrayNode associations = pkg.putArray("CFAssociations");
        Map<String, UUID> ids = new HashMap<>();
        List<ItemView> ordered = new ArrayList<>(f.levels());
        ordered.addAll(f.areas());
        ordered.addAll(f.competences());
        ordered.forEach(i -> ids.put(i.code(), i.id()));
        for (ItemView i : ordered) {
            ObjectNode item = items.addObject();
            item.put("identifier", i.id().toString());
            item.put("uri", uri(i.id()));
            item.put("CFDocumentURI", uri(f.id()));
            item.put("fullStatement", i.title().en());
            item.put("humanCodingScheme", i.code());
            item.put("CFItemType", switch (i.type()) {
                case LEVEL -> LEVEL;
                case AREA -> AREA;
                default -> COMPETENCE;
            });
            item.put("language", "en");
            item.put("lastChangeDateTime", now);
            texts(item, i.title(), i.description());
            UUID parent = i.parentCode() == null ? f.id() : ids.get(i.parentCode());
            ObjectNode association = associations.addObject();
            association.put("identifier", FrameworkEntry.stableId(f.code(), "isChildOf:" + i.code()).toString());
            association.put("associationType", "isChildOf");
            association.put("sequenceNumber", i.rank());
            association.put("lastChangeDateTime", now);
            association.putObject("originNodeURI").put("identifier", i.id().toString()).put("uri", uri(i.id()))
                    .put("title", i.code());
            association.putObject("destinationNodeURI").put("identifier", parent.toString()).put("uri", uri(parent))
                    .put("title", i.parentCode() == null ? f.code() : i.parentCode());
        }
        return pkg;
    }

    public ImportReport importFrom(JsonNode pkg) {
        JsonNode doc = pkg.path("CFDocument");
        List<Rejection> rejected = new ArrayList<>();
        if (!doc.isObject()) {
            return new ImportReport(List.of(), 0, List.of(new Rejection("CFPackage", "missing CFDocument")));
        }
        String framework = text(doc, "humanCodingScheme");
        UUID documentId = uuid(doc.path("identifier").asText(null));
        if (framework == null || documentId == null) {
            return new ImportReport(List.of(), 0,
                    List.of(new Rejection("CFDocument", "needs a UUID identifier and a humanCodingScheme (the framework code)")));
        }
        List<FrameworkEntry> entries = new ArrayList<>();
        entries.add(new FrameworkEntry("CFDocument", framework, documentId, framework, null, ItemType.FRAMEWORK,
                title(doc, "title"), description(doc)));
        Map<String, String> codes = new HashMap<>();
        pkg.path("CFItems").forEach(i -> codes.put(i.path("identifier").asText(), text(i, "humanCodingScheme")));
        Map<String, String> parents = new HashMap<>();
        pkg.path("CFAssociations").forEach(a -> {
            if ("isChildOf".equals(a.path("associationType").asText())) {
                parents.put(a.path("originNodeURI").path("identifier").asText(),
                        a.path("destinationNodeURI").path("identifier").asText());
            }
        });
        int n = 0;
        for (JsonNode i : pkg.path("CFItems")) {
            n++;
            String where = "CFItem " + n + " (" + i.path("identifier").asText("?") + ")";
            UUID id = uuid(i.path("identifier").asText(null));
            ItemType type = type(i.path("CFItemType").asText(""));
            if (id == null) {
                rejected.add(new Rejection(where, "identifier is not a UUID"));
                continue;
            }
            if (type == null) {
                rejected.add(new Rejection(where, "CFItemType '" + i.path("CFItemType").asText("")
                        + "' is not " + LEVEL + ", " + AREA + " or " + COMPETENCE));
                continue;
            }
            String parentId = parents.get(id.toString());
            String parentCode = parentId == null || parentId.equals(documentId.toString()) ? null : codes.get(parentId);
            if (parentId != null && !parentId.equals(documentId.toString()) && parentCode == null) {
                rejected.add(new Rejection(where, "isChildOf points at " + parentId + ", which is not in the package"));
                continue;
            }
            entries.add(new FrameworkEntry(where, framework, id, text(i, "humanCodingScheme"), parentCode, type,
                    title(i, "fullStatement"), description(i)));
        }
        return frameworks.importEntries(entries, rejected);
    }

    private void texts(ObjectNode node, LocalizedText title, LocalizedText description) {
        ObjectNode ext = node.putObject("extensions").putObject("edufusion");
        ext.putObject("title").put("kk", title.kk()).put("ru", title.ru()).put("en", title.en());
        ext.putObject("description").put("kk", description.kk()).put("ru", description.ru()).put("en", description.en());
    }

    private static LocalizedText title(JsonNode node, String plainField) {
        JsonNode t = node.path("extensions").path("edufusion").path("title");
        String plain = text(node, plainField);
        // a package from elsewhere has one language only; it stands in for all three until translated
        return LocalizedText.of(orElse(text(t, "kk"), plain), orElse(text(t, "ru"), plain), orElse(text(t, "en"), plain));
    }

    private static LocalizedText description(JsonNode node) {
        JsonNode d = node.path("extensions").path("edufusion").path("description");
        String plain = orElse(text(node, "description"), orElse(text(node, "notes"), ""));
        return LocalizedText.of(orElse(text(d, "kk"), plain), orElse(text(d, "ru"), plain), orElse(text(d, "en"), plain));
    }

    private static ItemType type(String caseType) {
        return switch (caseType) {
            case LEVEL -> ItemType.LEVEL;
            case AREA -> ItemType.AREA;
            case COMPETENCE -> ItemType.COMPETENCE;
            default -> null;
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String uri(UUID id) {
        return "urn:uuid:" + id;
    }
}
