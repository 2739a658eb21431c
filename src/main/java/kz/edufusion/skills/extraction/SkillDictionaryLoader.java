package kz.edufusion.skills.extraction;

import kz.edufusion.common.csv.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects skill terms: from the bundled files (the curated CSV with labels and synonyms in kk, ru and en,
 * see skills/README.md, and ESCO skill collection CSVs with preferredLabel and the line-separated altLabels,
 * in English) or label by label from a caller that reads them elsewhere (the taxonomy tables). A skill's
 * display label per language is the preferred label of the lowest precedence seen (curated before ESCO);
 * a skill left without any preferred label shows its first term instead. A skill's broader concept comes from
 * the curated file's {@code broader_uri} (custom skills) and ESCO's {@code broaderConceptUri}, a later file's
 * replacing an earlier one's, as the taxonomy import does. Plain Java: the caller opens the
 * streams (classpath, files, tests) or feeds the labels.
 */
public final class SkillDictionaryLoader {

    /** The ESCO collections bundled under {@code skills/esco/}. */
    public static final List<String> ESCO_COLLECTIONS = List.of("digitalSkillsCollection_en.csv",
            "transversalSkillsCollection_en.csv", "languageSkillsCollection_en.csv", "greenSkillsCollection_en.csv",
            "researchSkillsCollection_en.csv", "digCompSkillsCollection_en.csv");

    /** Display-label precedence of the curated file and of an ESCO file; administrators' labels come before both. */
    public static final int CURATED = 1;
    public static final int ESCO = 2;

    private record RawTerm(String uri, Language language, String text, TermKind kind) {
    }

    private record DisplayLabel(String text, int precedence) {
    }

    private final Map<String, Map<Language, DisplayLabel>> labels = new HashMap<>();
    private final Map<String, RawTerm> terms = new LinkedHashMap<>();
    private final Map<String, String> broader = new HashMap<>();

    /** Adds the curated file; its labels win over ESCO's. */
    public SkillDictionaryLoader curated(InputStream in) throws IOException {
        try (CsvReader csv = reader(in)) {
            Map<String, Integer> header = header(csv.next());
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (row.size() < header.size()) {
                    continue;
                }
                String uri = field(row, header, "uri");
                if (uri.isEmpty()) {
                    continue;
                }
                if (field(row, header, "esco_uri").isEmpty()) {
                    broader(uri, field(row, header, "broader_uri"));
                }
                for (Language language : List.of(Language.EN, Language.RU, Language.KK)) {
                    preferred(uri, language, field(row, header, "label_" + language.code()), CURATED);
                    for (String synonym : field(row, header, "synonyms_" + language.code()).split("\\|")) {
                        synonym(uri, language, synonym);
                    }
                }
            }
        }
        return this;
    }

    /** Adds one ESCO skill collection CSV (any of the collection layouts: columns are found by name). */
    public SkillDictionaryLoader esco(InputStream in) throws IOException {
        try (CsvReader csv = reader(in)) {
            Map<String, Integer> header = header(csv.next());
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (row.size() < header.size()) {
                    continue;
                }
                String uri = field(row, header, "conceptUri");
                String label = field(row, header, "preferredLabel");
                if (uri.isEmpty() || label.isEmpty()) {
                    continue;
                }
                preferred(uri, Language.EN, label, ESCO);
                broader(uri, broaderConcept(field(row, header, "broaderConceptUri")));
                for (String alt : field(row, header, "altLabels").split("\n| \\| ")) {
                    synonym(uri, Language.EN, alt);
                }
            }
        }
        return this;
    }

    /** Adds every bundled file found by the opener ({@code skills/curated-skills.csv}, {@code skills/esco/*}). */
    public SkillDictionaryLoader bundled(java.util.function.Function<String, InputStream> opener) throws IOException {
        try (InputStream curated = opener.apply("skills/curated-skills.csv")) {
            if (curated != null) {
                curated(curated);
            }
        }
        for (String collection : ESCO_COLLECTIONS) {
            try (InputStream in = opener.apply("skills/esco/" + collection)) {
                if (in != null) {
                    esco(in);
                }
            }
        }
        return this;
    }

    /** Reads the bundled files from the class path. */
    public static List<SkillTerm> fromClasspath() {
        ClassLoader loader = SkillDictionaryLoader.class.getClassLoader();
        try {
            return new SkillDictionaryLoader().bundled(loader::getResourceAsStream).terms();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A preferred label: a LABEL term, and the skill's display label in that language unless one of a lower
     * precedence was given (any order of calls gives the same result).
     */
    public SkillDictionaryLoader preferred(String uri, Language language, String text, int precedence) {
        String label = text.strip();
        if (!label.isEmpty()) {
            labels.computeIfAbsent(uri, u -> new EnumMap<>(Language.class)).merge(language, new DisplayLabel(label, precedence),
                    (old, candidate) -> candidate.precedence() < old.precedence() ? candidate : old);
            add(uri, language, label, TermKind.LABEL);
        }
        return this;
    }

    /** The skill's broader concept (ignored if blank); replaces one given before. */
    public SkillDictionaryLoader broader(String uri, String broaderUri) {
        if (broaderUri != null && !broaderUri.isBlank()) {
            broader.put(uri, broaderUri.strip());
        }
        return this;
    }

    /**
     * The broader concept of an ESCO {@code broaderConceptUri} list: the first skill concept, as ESCO also lists
     * ISCED-F fields there, which are not skills; else the first URI; null for none.
     */
    public static String broaderConcept(String list) {
        if (list == null) {
            return null;
        }
        List<String> uris = Arrays.stream(list.split("[|\\n]")).map(String::strip)
                .filter(s -> s.matches("https?://\\S+")).toList();
        return uris.stream().filter(u -> u.contains("/esco/skill/")).findFirst()
                .orElse(uris.isEmpty() ? null : uris.get(0));
    }

    /** Another way of writing the skill (an alternative label, a synonym, a spelling variant). */
    public SkillDictionaryLoader synonym(String uri, Language language, String text) {
        add(uri, language, text, TermKind.SYNONYM);
        return this;
    }

    public List<SkillTerm> terms() {
        Map<String, Map<Language, String>> shared = new HashMap<>();
        labels.forEach((uri, byLanguage) -> {
            Map<Language, String> texts = new EnumMap<>(Language.class);
            byLanguage.forEach((language, label) -> texts.put(language, label.text()));
            shared.put(uri, Map.copyOf(texts));
        });
        List<SkillTerm> result = new ArrayList<>(terms.size());
        for (RawTerm term : terms.values()) {
            Map<Language, String> display = shared.computeIfAbsent(term.uri(), u -> Map.of(term.language(), term.text()));
            result.add(new SkillTerm(term.uri(), term.language(), term.text(), term.kind(), display, broader.get(term.uri())));
        }
        return result;
    }

    private void add(String uri, Language language, String text, TermKind kind) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        String key = uri + '\u0000' + trimmed.toLowerCase(java.util.Locale.ROOT);
        RawTerm existing = terms.get(key);
        if (existing == null || (existing.kind() == TermKind.SYNONYM && kind == TermKind.LABEL)) {
            terms.put(key, new RawTerm(uri, language, trimmed, kind));
        }
    }

    private static CsvReader reader(InputStream in) {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        return new CsvReader(reader);
    }

    private static Map<String, Integer> header(List<String> names) throws IOException {
        if (names == null) {
            throw new IOException("empty file");
        }
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            header.put(names.get(i).replace("\uFEFF", "").strip(), i);
        }
        return header;
    }

    private static String field(List<String> row, Map<String, Integer> header, String name) {
        Integer at = header.get(name);
        return at == null || at >= row.size() ? "" : row.get(at).strip();
    }
}
