package kz.edufusion.skills.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.edufusion.common.imports.ImportSource;
import kz.edufusion.skills.OccupationDemand;
import kz.edufusion.skills.OccupationSkill;
import kz.edufusion.skills.SkillCuration;
import kz.edufusion.skills.SkillTaxonomy;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ESCO's occupationSkillRelations_en.csv: the fixture uses real occupations and skills of the bundled
 * collections; the temporary files pair real occupations with fresh skills, so their writes are this test's own.
 */
@IntegrationTest
class OccupationSkillImportTest {

    static final String O = "http://data.europa.eu/esco/occupation/";
    static final String SOFTWARE_DEVELOPER = O + "f2b15a0e-e65a-438a-affb-29b9d50b77d1";
    static final String DATA_SCIENTIST = O + "258e46f9-0075-4a2e-adae-1ff0477e0f30";
    static final String DATABASE_ADMINISTRATOR = O + "8c57af09-719c-42b3-be40-6ed4946236cc";
    static final String WEB_DEVELOPER = O + "c40a2919-48a9-40ea-b506-1f34f693496d";
    static final String DESIGN_PATTERNS = "http://data.europa.eu/esco/skill/2b7a79e5-84d8-4880-be66-3d9bb05bea17";
    static final String DEBUG = "http://data.europa.eu/esco/skill/2522a6ce-3202-4ac8-9f5b-b9cb5a3a83a1";
    static final String PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";
    static final String SQL = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742";
    static final String HEADER = "occupationUri,relationType,skillType,skillUri\n";

    @Autowired
    SkillImporter importer;
    @Autowired
    SkillTaxonomy taxonomy;
    @Autowired
    SkillCuration curation;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    static Path fixture() throws URISyntaxException {
        return Path.of(OccupationSkillImportTest.class.getResource("/skills/occupation-relations").toURI());
    }

    @Test
    void theOfficialLayoutKeepsGoodRowsRejectsBadOnesAndAReRunChangesNothing() throws Exception {
        ImportSource source = ImportSource.directory(fixture());

        SkillImportResult result = importOccupations(source, true);

        assertThat(result.status()).isEqualTo(SkillImportResult.Status.IMPORTED);
        assertThat(result.rows()).isEqualTo(6);
        assertThat(result.rejected()).extracting(SkillImportResult.Rejection::line).containsExactly(8L, 9L, 10L, 11L, 12L);
        assertThat(result.rejected()).extracting(SkillImportResult.Rejection::reason).containsExactly(
                "skill http://data.europa.eu/esco/skill/00000000-0000-4000-8000-0000000000aa is not in the taxonomy "
                        + "(supply skills_en.csv with this file; once it is imported, re-run with --force)",
                "relationType 'sometimes' is not essential or optional",
                "occupationUri 'not-a-uri' is not a URI",
                "occupation http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-0000000000bb is not in the reference data",
                "skillType 'wizardry' is not knowledge or skill/competence");
        assertThat(jdbc.queryForMap("SELECT relation, skill_type, esco_version FROM skills.occupation_skill "
                + "WHERE occupation_uri = ? AND skill_uri = ?", SOFTWARE_DEVELOPER, PYTHON))
                .containsEntry("relation", "optional").containsEntry("skill_type", "knowledge")
                .containsEntry("esco_version", "ESCO v1.2.0");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM skills.occupation_skill WHERE occupation_uri IN (?, ?) "
                + "AND skill_uri NOT LIKE '%/skill/test-%'", Integer.class, SOFTWARE_DEVELOPER, DATA_SCIENTIST)).isEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT rejected_count FROM skills.skill_import_run WHERE dataset = 'occupation-skills' "
                + "ORDER BY id DESC LIMIT 1", Integer.class)).isEqualTo(5);
        long revision = revision();

        assertThat(importOccupations(source, false).status()).isEqualTo(SkillImportResult.Status.UNCHANGED);
        SkillImportResult forced = importOccupations(source, true);
        assertThat(forced.rows()).isEqualTo(6);
        assertThat(forced.changed()).isZero();
        assertThat(revision()).as("a re-import that wrote nothing leaves the revision").isEqualTo(revision);
    }

    @Test
    void aNewRelationIsWrittenOnceAndAChangedOneIsUpdated() throws IOException {
        String skill = freshSkill("Quibble querying");
        write(HEADER + DATABASE_ADMINISTRATOR + ",optional,knowledge," + skill + "\n");
        long revision = revision();

        SkillImportResult first = importOccupations(ImportSource.directory(dir), false);

        assertThat(first.changed()).isEqualTo(1);
        assertThat(revision()).isEqualTo(revision + 1);
        assertThat(importOccupations(ImportSource.directory(dir), true).changed()).isZero();
        assertThat(revision()).isEqualTo(revision + 1);

        write(HEADER + DATABASE_ADMINISTRATOR + ",essential,knowledge," + skill + "\n");
        SkillImportResult changed = importOccupations(ImportSource.directory(dir), false);

        assertThat(changed.changed()).isEqualTo(1);
        assertThat(revision()).isEqualTo(revision + 2);
        assertThat(jdbc.queryForObject("SELECT relation FROM skills.occupation_skill WHERE occupation_uri = ? AND skill_uri = ?",
                String.class, DATABASE_ADMINISTRATOR, skill)).isEqualTo("essential");
    }

    @Test
    void aFileWithoutTheSkillUriColumnIsRefusedAndNothingIsWritten() throws IOException {
        String skill = freshSkill("Quibble tuning");
        write("occupationUri,relationType,skillType,skill\n" + DATABASE_ADMINISTRATOR + ",essential,knowledge," + skill + "\n");

        SkillImportResult result = importOccupations(ImportSource.directory(dir), false);

        assertThat(result.status()).isEqualTo(SkillImportResult.Status.FAILED);
        assertThat(result.error()).contains("missing column(s) skillUri");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM skills.occupation_skill WHERE skill_uri = ?", Integer.class, skill))
                .isZero();
    }

    @Test
    void theBundledFolderHasNoRelationsAndThatIsNoError() {
        assertThat(importOccupations(ImportSource.bundled("skills"), false).status())
                .isEqualTo(SkillImportResult.Status.NOT_PROVIDED);
    }

    @Test
    void theFacadeListsAnOccupationsSkillsEssentialFirstAndTheOccupationsOfASkill() throws Exception {
        importOccupations(ImportSource.directory(fixture()), true);

        // other tests pair real occupations with fresh test-... skills; the fixture uses bundled ones only
        List<OccupationSkill> skills = taxonomy.skillsOfOccupation(SOFTWARE_DEVELOPER).stream()
                .filter(s -> !s.skillUri().contains("/skill/test-")).toList();

        assertThat(skills).extracting(OccupationSkill::skillUri).containsExactly(DEBUG, DESIGN_PATTERNS, PYTHON, SQL);
        assertThat(skills).extracting(OccupationSkill::relation).containsExactly("essential", "essential", "optional", "optional");
        assertThat(skills.get(2).label().in("en")).isEqualTo("Python (computer programming)");
        assertThat(skills.get(2).type()).isEqualTo("knowledge");
        assertThat(skills.get(0).essential()).isTrue();
        assertThat(taxonomy.occupationsRequiring(PYTHON)).startsWith(DATA_SCIENTIST).contains(SOFTWARE_DEVELOPER);
        assertThat(taxonomy.occupationDemand(PYTHON)).get().extracting(OccupationDemand::essential, OccupationDemand::optional)
                .containsExactly(1L, 1L);
        assertThat(taxonomy.skillsOfOccupation(O + "no-such-occupation")).isEmpty();
        assertThat(taxonomy.occupationsRequiring("http://data.europa.eu/esco/skill/no-such-skill")).isEmpty();
    }

    @Test
    void aMergedSkillIsAnsweredAsItsTargetWithTheStrongerRelation() throws IOException {
        String kept = freshSkill("Wibble design");
        String duplicate = freshSkill("Wibble designing");
        write(HEADER + WEB_DEVELOPER + ",optional,skill/competence," + kept + "\n"
                + WEB_DEVELOPER + ",essential,skill/competence," + duplicate + "\n"
                + DATABASE_ADMINISTRATOR + ",optional,skill/competence," + duplicate + "\n");
        importOccupations(ImportSource.directory(dir), false);

        curation.merge(duplicate, kept);

        assertThat(taxonomy.skillsOfOccupation(WEB_DEVELOPER)).filteredOn(s -> List.of(kept, duplicate).contains(s.skillUri()))
                .extracting(OccupationSkill::skillUri, OccupationSkill::relation).containsExactly(tuple(kept, "essential"));
        assertThat(taxonomy.occupationsRequiring(duplicate)).containsExactly(WEB_DEVELOPER, DATABASE_ADMINISTRATOR);
        assertThat(taxonomy.occupationDemand(duplicate)).contains(new OccupationDemand(1, 1));
    }

    private SkillImportResult importOccupations(ImportSource source, boolean force) {
        return importer.importFile(OccupationSkillFile.unprepared(), source, force, SkillImporter.ESCO_VERSION);
    }

    /** A fresh ESCO skill, imported the way the collections are. */
    private String freshSkill(String label) throws IOException {
        String uri = SkillImportTest.esco();
        Path skills = Files.createTempDirectory(dir, "skills");
        Files.writeString(skills.resolve("digitalSkillsCollection_en.csv"), SkillImportTest.COLLECTION_HEADER
                + "KnowledgeSkillCompetence," + uri + "," + label + ",released,skill/competence,cross-sector,,,,\n",
                StandardCharsets.UTF_8);
        importer.importFile(SkillImporter.FILES.get(1), ImportSource.directory(skills), false, SkillImporter.ESCO_VERSION);
        return uri;
    }

    private void write(String content) throws IOException {
        Files.writeString(dir.resolve("occupationSkillRelations_en.csv"), content, StandardCharsets.UTF_8);
    }

    private long revision() {
        return jdbc.queryForObject("SELECT revision FROM skills.taxonomy_revision", Long.class);
    }
}
