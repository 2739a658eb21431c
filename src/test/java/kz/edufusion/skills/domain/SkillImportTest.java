package kz.edufusion.skills.domain;

import kz.edufusion.common.imports.ImportSource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The importer against small fixtures; every fixture uses fresh URIs because the test database is shared. */
@IntegrationTest
class SkillImportTest {

    static final String COLLECTION_HEADER =
            "conceptType,conceptUri,preferredLabel,status,skillType,reuseLevel,altLabels,description,broaderConceptUri,broaderConceptPT\n";
    static final String FULL_HEADER = "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,"
            + "status,modifiedDate,scopeNote,definition,inScheme,description\n";

    @Autowired
    SkillImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @Test
    void aCollectionIsImportedOnceAndAReRunWritesNothing() throws IOException {
        String a = esco();
        String b = esco();
        String broader = esco();
        write("digitalSkillsCollection_en.csv", COLLECTION_HEADER
                + "KnowledgeSkillCompetence," + a + ",Zyxlang programming,released,knowledge,sector-specific,"
                + "\"Zyxlang coding\nZyxlang development\",\"The techniques of Zyxlang, a language.\","
                + "\"" + broader + " | http://data.europa.eu/esco/isced-f/0613\",computer programming\n"
                + "KnowledgeSkillCompetence," + b + ",operate zyx terminals,released,skill/competence,cross-sector,,"
                + "Operate terminals.,,\n");
        long revision = revision();

        SkillImportResult first = importDigital(false);
        assertThat(revision()).as("an import that wrote rows moves the taxonomy revision").isEqualTo(revision + 1);
        assertThat(first.status()).isEqualTo(SkillImportResult.Status.IMPORTED);
        assertThat(first.rows()).isEqualTo(2);
        assertThat(first.rejected()).isEmpty();
        Map<String, Object> skill = jdbc.queryForMap("SELECT * FROM skills.skill WHERE uri = ?", a);
        assertThat(skill).containsEntry("source", "ESCO").containsEntry("type", "knowledge")
                .containsEntry("esco_version", "ESCO v1.2.0").containsEntry("broader_uri", broader)
                .containsEntry("description_en", "The techniques of Zyxlang, a language.");
        assertThat(labels(a)).containsExactlyInAnyOrder("en PREFERRED ESCO Zyxlang programming",
                "en ALT ESCO Zyxlang coding", "en ALT ESCO Zyxlang development");
        assertThat(jdbc.queryForObject("SELECT type FROM skills.skill WHERE uri = ?", String.class, b)).isEqualTo("skill");
        assertThat(jdbc.queryForList("SELECT collection FROM skills.skill_collection_member WHERE skill_uri = ?",
                String.class, a)).containsExactly("digital");
        Timestamp updated = updatedAt(a);

        assertThat(importDigital(false).status()).isEqualTo(SkillImportResult.Status.UNCHANGED);
        SkillImportResult forced = importDigital(true);
        assertThat(forced.status()).isEqualTo(SkillImportResult.Status.IMPORTED);
        assertThat(forced.rows()).isEqualTo(2);
        assertThat(forced.changed()).isZero();
        assertThat(revision()).as("imports that wrote nothing leave it").isEqualTo(revision + 1);
        assertThat(updatedAt(a)).isEqualTo(updated);
        assertThat(labels(a)).hasSize(3);
    }

    @Test
    void aFileWithAMissingColumnIsRefusedAndNothingIsWritten() throws IOException {
        String a = esco();
        write("digitalSkillsCollection_en.csv", COLLECTION_HEADER.replace("preferredLabel,", "label,")
                + "KnowledgeSkillCompetence," + a + ",Qwerty art,released,knowledge,sector-specific,,,,\n");

        SkillImportResult result = importDigital(false);

        assertThat(result.status()).isEqualTo(SkillImportResult.Status.FAILED);
        assertThat(result.error()).contains("missing column(s) preferredLabel");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM skills.skill WHERE uri = ?", Integer.class, a)).isZero();
    }

    @Test
    void badRowsAreReportedWithLineAndReasonAndGoodRowsAreKept() throws IOException {
        String good = esco();
        String good2 = esco();
        write("digitalSkillsCollection_en.csv", COLLECTION_HEADER
                + "KnowledgeSkillCompetence," + good + ",Plover analysis,released,knowledge,sector-specific,,,,\n"
                + "KnowledgeSkillCompetence,not-a-uri,broken one,released,knowledge,sector-specific,,,,\n"
                + "KnowledgeSkillCompetence," + esco() + ",Plover weird,released,wizardry,sector-specific,,,,\n"
                + "KnowledgeSkillCompetence," + esco() + ",,released,knowledge,sector-specific,,,,\n"
                + "SkillGroup," + esco() + ",a group,released,knowledge,sector-specific,,,,\n"
                + "KnowledgeSkillCompetence," + good2 + ",Plover design,released,skill/competence,cross-sector,,"
                + "\"A description\nover two lines\",,\n");

        SkillImportResult result = importDigital(false);

        assertThat(result.status()).isEqualTo(SkillImportResult.Status.IMPORTED);
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.rejected()).extracting(SkillImportResult.Rejection::line).containsExactly(3L, 4L, 5L, 6L);
        assertThat(result.rejected()).extracting(SkillImportResult.Rejection::reason).containsExactly(
                "conceptUri 'not-a-uri' is not a URI",
                "type 'wizardry' is not skill/competence, knowledge, transversal or language",
                "missing preferredLabel", "conceptType 'SkillGroup' is not KnowledgeSkillCompetence");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM skills.skill WHERE uri IN (?, ?)", Integer.class, good, good2))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT rejected_count FROM skills.skill_import_run WHERE dataset = 'digital' "
                + "ORDER BY id DESC LIMIT 1", Integer.class)).isEqualTo(4);
    }

    @Test
    void administratorsLabelsSurviveAReImport() throws IOException {
        String a = esco();
        write("digitalSkillsCollection_en.csv", COLLECTION_HEADER
                + "KnowledgeSkillCompetence," + a + ",Murmel scripting,released,knowledge,sector-specific,"
                + "murmel coding,,,\n");
        importDigital(false);
        jdbc.update("UPDATE skills.skill_label SET text = 'Murmel Coding', kind = 'SYNONYM', origin = 'ADMIN' "
                + "WHERE skill_uri = ? AND normalized = 'murmel coding'", a);
        jdbc.update("INSERT INTO skills.skill_label (skill_uri, language, text, kind, origin) VALUES (?, 'ru', 'Мурмел', 'SYNONYM', 'ADMIN')", a);

        SkillImportResult again = importDigital(true);

        assertThat(again.changed()).isZero();
        assertThat(labels(a)).containsExactlyInAnyOrder("en PREFERRED ESCO Murmel scripting",
                "en SYNONYM ADMIN Murmel Coding", "ru SYNONYM ADMIN Мурмел");
    }

    @Test
    void theFullSkillsPillarLayoutIsImportedAndKeepsTheBroaderConceptOfACollection() throws IOException {
        String a = esco();
        String broader = esco();
        write("digitalSkillsCollection_en.csv", COLLECTION_HEADER
                + "KnowledgeSkillCompetence," + a + ",Gribble testing,released,skill/competence,cross-sector,,,"
                + broader + ",x\n");
        importDigital(false);
        write("skills_en.csv", FULL_HEADER
                + "KnowledgeSkillCompetence," + a + ",skill/competence,cross-sector,Gribble testing,"
                + "\"gribble QA\ntest gribbles\",gribling,released,2023-01-01,,,http://data.europa.eu/esco/concept-scheme/skills,"
                + "\"Test gribbles, thoroughly.\"\n"
                + "KnowledgeSkillCompetence," + esco() + ",knowledge,,Gribble theory,,,released,,,,,\n");

        SkillImportResult result = importer.importFile(EscoSkillFile.full(), ImportSource.directory(dir), false,
                SkillImporter.ESCO_VERSION);

        assertThat(result.status()).isEqualTo(SkillImportResult.Status.IMPORTED);
        assertThat(result.rows()).isEqualTo(2);
        assertThat(labels(a)).contains("en HIDDEN ESCO gribling", "en ALT ESCO gribble QA", "en ALT ESCO test gribbles");
        assertThat(jdbc.queryForMap("SELECT broader_uri, description_en FROM skills.skill WHERE uri = ?", a))
                .containsEntry("broader_uri", broader).containsEntry("description_en", "Test gribbles, thoroughly.");
    }

    @Test
    void curatedLabelsSynonymsAndCustomSkillsAreImported() throws IOException {
        String a = esco();
        String missing = esco();
        String custom = "https://edufusion.kz/skill/test-" + UUID.randomUUID();
        write("digitalSkillsCollection_en.csv", COLLECTION_HEADER
                + "KnowledgeSkillCompetence," + a + ",Flumph databases,released,knowledge,sector-specific,flumph,,,\n");
        importDigital(false);
        write("curated-skills.csv", "uri,esco_uri,broader_uri,type,label_en,label_ru,label_kk,synonyms_en,synonyms_ru,synonyms_kk\n"
                + a + "," + a + ",,knowledge,Flumph databases,Базы данных Флумф,Флумф дерекқорлары,Flumph DB|flumph,Флумф|флумф БД,\n"
                + missing + "," + missing + ",,skill,Wobble tuning,Настройка Вобл,,,,\n"
                + custom + ",,http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97,skill,Snark 1C,"
                + "Снарк 1С,Снарк 1С,,Снарк,\n"
                + "https://example.com/x,,,skill,Bad custom,,,,,\n");

        SkillImportResult result = importer.importFile(new CuratedSkillFile(), ImportSource.directory(dir), false,
                SkillImporter.ESCO_VERSION);

        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.rejected()).extracting(SkillImportResult.Rejection::line).containsExactly(5L);
        assertThat(labels(a)).containsExactlyInAnyOrder("en PREFERRED CURATED Flumph databases",
                "ru PREFERRED CURATED Базы данных Флумф", "kk PREFERRED CURATED Флумф дерекқорлары",
                "en SYNONYM CURATED Flumph DB", "en SYNONYM CURATED flumph", "ru SYNONYM CURATED Флумф", "ru SYNONYM CURATED флумф БД");
        assertThat(jdbc.queryForMap("SELECT source, type, broader_uri FROM skills.skill WHERE uri = ?", custom))
                .containsEntry("source", "CUSTOM").containsEntry("type", "skill")
                .containsEntry("broader_uri", "http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97");
        assertThat(jdbc.queryForObject("SELECT source FROM skills.skill WHERE uri = ?", String.class, missing)).isEqualTo("ESCO");
        assertThat(importer.importFile(new CuratedSkillFile(), ImportSource.directory(dir), true,
                SkillImporter.ESCO_VERSION).changed()).isZero();
    }

    @Test
    void groupsHierarchyAndRelationsAreImported() throws IOException {
        String group = "http://data.europa.eu/esco/skill/grp-" + UUID.randomUUID();
        String child = "http://data.europa.eu/esco/skill/grp-" + UUID.randomUUID();
        String from = esco();
        String to = esco();
        write("skillGroups_en.csv", "conceptType,conceptUri,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,"
                + "scopeNote,inScheme,description,code\n"
                + "SkillGroup," + group + ",zorbing skills,,,released,,,\"a\nb\",All about zorbing.,Z9\n"
                + "SkillGroup," + child + ",zorbing basics,\"zorb 101\nzorb intro\",,released,,,,,Z9.1\n");
        write("skillsHierarchy_en.csv", "Level 0 URI,Level 0 preferred term,Level 1 URI,Level 1 preferred term,Level 2 URI,"
                + "Level 2 preferred term,Level 3 URI,Level 3 preferred term,Description,Scope note,Level 0 code,"
                + "Level 1 code,Level 2 code,Level 3 code\n"
                + group + ",zorbing skills,,,,,,,,,Z9,,,\n"
                + group + ",zorbing skills," + child + ",zorbing basics,,,,,,,Z9,Z9.1,,\n"
                + group + ",zorbing skills,,," + child + ",zorbing basics,,,,,,,,\n");
        write("skillSkillRelations_en.csv", "originalSkillUri,originalSkillType,relationType,relatedSkillType,relatedSkillUri\n"
                + from + ",knowledge,essential,knowledge," + to + "\n"
                + from + ",knowledge,sometimes,knowledge," + esco() + "\n");
        ImportSource source = ImportSource.directory(dir);

        SkillImportResult groups = importer.importFile(new SkillGroupFile(), source, false, SkillImporter.ESCO_VERSION);
        SkillImportResult hierarchy = importer.importFile(new SkillHierarchyFile(), source, false, SkillImporter.ESCO_VERSION);
        SkillImportResult relations = importer.importFile(new SkillRelationFile(), source, false, SkillImporter.ESCO_VERSION);

        assertThat(groups.rows()).isEqualTo(2);
        assertThat(jdbc.queryForMap("SELECT code, alt_labels FROM skills.skill_group WHERE uri = ?", child))
                .containsEntry("code", "Z9.1").containsEntry("alt_labels", "zorb 101\nzorb intro");
        assertThat(hierarchy.rows()).isEqualTo(2);
        assertThat(hierarchy.rejected()).singleElement().extracting(SkillImportResult.Rejection::reason)
                .isEqualTo("missing Level 1 URI");
        assertThat(jdbc.queryForObject("SELECT level FROM skills.skill_hierarchy WHERE parent_uri = ? AND child_uri = ?",
                Integer.class, group, child)).isEqualTo(1);
        assertThat(relations.rows()).isEqualTo(1);
        assertThat(relations.rejected()).singleElement().extracting(SkillImportResult.Rejection::line).isEqualTo(3L);
        assertThat(jdbc.queryForObject("SELECT relation_type FROM skills.skill_relation WHERE from_uri = ? AND to_uri = ?",
                String.class, from, to)).isEqualTo("essential");
    }

    private SkillImportResult importDigital(boolean force) {
        return importer.importFile(SkillImporter.FILES.get(1), ImportSource.directory(dir), force,
                SkillImporter.ESCO_VERSION);
    }

    private List<String> labels(String uri) {
        return jdbc.queryForList("SELECT language || ' ' || kind || ' ' || origin || ' ' || text FROM skills.skill_label "
                + "WHERE skill_uri = ?", String.class, uri);
    }

    private long revision() {
        return jdbc.queryForObject("SELECT revision FROM skills.taxonomy_revision", Long.class);
    }

    private Timestamp updatedAt(String uri) {
        return jdbc.queryForObject("SELECT updated_at FROM skills.skill WHERE uri = ?", Timestamp.class, uri);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    static String esco() {
        return "http://data.europa.eu/esco/skill/test-" + UUID.randomUUID();
    }
}
