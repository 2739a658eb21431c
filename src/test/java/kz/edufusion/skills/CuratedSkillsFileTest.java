package kz.edufusion.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sanity checks for the curated skill vocabulary {@code skills/curated-skills.csv} (format: the README next to it).
 * Plain test: no Spring context, a small RFC 4180 parser.
 */
class CuratedSkillsFileTest {

    private static final String RESOURCE = "/skills/curated-skills.csv";
    private static final List<String> HEADER = List.of("uri", "esco_uri", "broader_uri", "type", "label_en",
            "label_ru", "label_kk", "synonyms_en", "synonyms_ru", "synonyms_kk");
    private static final Set<String> TYPES = Set.of("skill", "knowledge", "transversal", "language");
    private static final Pattern ESCO_SKILL = Pattern.compile("http://data\\.europa\\.eu/esco/skill/[0-9a-f-]{36}");
    private static final Pattern ESCO_BROADER =
            Pattern.compile("http://data\\.europa\\.eu/esco/(skill/[0-9a-f-]{36}|isced-f/[0-9]{2,4})");
    private static final Pattern CUSTOM = Pattern.compile("https://edufusion\\.kz/skill/[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CYRILLIC = Pattern.compile("[\\p{IsCyrillic}]");

    private static List<String> header;
    private static List<Map<String, String>> rows;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = CuratedSkillsFileTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as("classpath resource %s", RESOURCE).isNotNull();
            List<List<String>> records = parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            header = records.get(0);
            rows = new ArrayList<>();
            for (List<String> record : records.subList(1, records.size())) {
                assertThat(record).as("record %s", record).hasSize(HEADER.size());
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < HEADER.size(); i++) {
                    row.put(HEADER.get(i), record.get(i));
                }
                rows.add(row);
            }
        }
    }

    @Test
    void hasTheDocumentedHeader() {
        assertThat(header).containsExactlyElementsOf(HEADER);
    }

    @Test
    void hasEnoughSkillsAndAllTransversalOnes() {
        assertThat(rows).hasSizeGreaterThanOrEqualTo(500);
        assertThat(rows.stream().filter(r -> r.get("type").equals("transversal")).count())
                .isGreaterThanOrEqualTo(95);
    }

    @Test
    void urisAreUniqueAndWellFormed() {
        Set<String> seen = new HashSet<>();
        for (Map<String, String> r : rows) {
            String uri = r.get("uri");
            assertThat(seen.add(uri)).as("duplicate uri %s", uri).isTrue();
            String esco = r.get("esco_uri");
            if (esco.isEmpty()) {
                assertThat(uri).as("custom uri").matches(CUSTOM);
            } else {
                assertThat(esco).as("esco_uri of %s", uri).matches(ESCO_SKILL);
                assertThat(uri).as("uri of an ESCO skill equals its esco_uri").isEqualTo(esco);
            }
            String broader = r.get("broader_uri");
            if (!broader.isEmpty()) {
                assertThat(broader).as("broader_uri of %s", uri).matches(ESCO_BROADER);
            }
            assertThat(r.get("type")).as("type of %s", uri).isIn(TYPES);
        }
    }

    @Test
    void labelsAreFilledAndRussianAndKazakhAreCyrillic() {
        for (Map<String, String> r : rows) {
            String en = r.get("label_en");
            String ru = r.get("label_ru");
            String kk = r.get("label_kk");
            assertThat(en).as("label_en of %s", r.get("uri")).isNotBlank();
            assertThat(ru).as("label_ru of %s", r.get("uri")).isNotBlank();
            assertThat(kk).as("label_kk of %s", r.get("uri")).isNotBlank();
            boolean properName = en.equals(ru) && en.equals(kk);
            if (!properName) {
                assertThat(CYRILLIC.matcher(ru).find()).as("label_ru '%s' of %s is Cyrillic", ru, en).isTrue();
                assertThat(CYRILLIC.matcher(kk).find()).as("label_kk '%s' of %s is Cyrillic", kk, en).isTrue();
            }
        }
    }

    @Test
    void noSynonymBelongsToTwoSkills() {
        Map<String, String> owner = new HashMap<>();
        for (Map<String, String> r : rows) {
            Set<String> own = new HashSet<>();
            for (String column : List.of("synonyms_en", "synonyms_ru", "synonyms_kk")) {
                for (String synonym : r.get(column).split("\\|")) {
                    String key = synonym.strip().toLowerCase(Locale.ROOT);
                    if (key.isEmpty() || !own.add(key)) {
                        continue;
                    }
                    String previous = owner.putIfAbsent(key, r.get("uri"));
                    assertThat(previous).as("synonym '%s' of %s also on %s", synonym, r.get("uri"), previous)
                            .isNull();
                }
            }
        }
    }

    /** RFC 4180: comma-separated, fields optionally in double quotes, "" escapes a quote, CRLF or LF ends a record. */
    static List<List<String>> parse(Reader reader) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        int c;
        while ((c = reader.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    quoted = false;
                    afterQuote = true;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                if (afterQuote) {
                    field.append('"');
                }
                quoted = true;
                afterQuote = false;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (ch == '\r') {
                afterQuote = false;
            } else if (ch == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                afterQuote = false;
            } else {
                field.append(ch);
                afterQuote = false;
            }
        }
        if (quoted) {
            throw new IllegalStateException("unterminated quoted field");
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
