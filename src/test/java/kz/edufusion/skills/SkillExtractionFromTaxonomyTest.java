package kz.edufusion.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.skills.extraction.ExtractedSkill;
import kz.edufusion.skills.extraction.Language;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Administrators' edits reach the application's extraction service once it has refreshed from the tables. */
@IntegrationTest
class SkillExtractionFromTaxonomyTest {

    @Autowired
    SkillExtractionService extraction;
    @Autowired
    SkillCuration curation;
    @Autowired
    SkillTaxonomy taxonomy;
    @Autowired
    JdbcTemplate jdbc;

    /** Pseudo-words no other test or vocabulary uses. */
    private final String word = "zorbl" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");

    @Test
    void anAdministratorsSynonymIsFoundAfterTheRefresh() {
        String uri = curation.createCustom(new NewCustomSkill(word + " platform", "Платформа " + word, null, "knowledge", null));
        extraction.refresh();
        String text = "Требования: опыт работы с " + word + "ctl и " + word + "-кластерами";
        assertThat(find(text, uri)).isEmpty();
        long before = taxonomy.revision();

        curation.addLabel(uri, "ru", word + "ctl", "SYNONYM");

        assertThat(taxonomy.revision()).isEqualTo(before + 1);
        assertThat(extraction.refresh()).isTrue();
        ExtractedSkill skill = find(text, uri).orElseThrow();
        assertThat(skill.label()).isEqualTo("Платформа " + word);
        assertThat(skill.explanation()).contains("synonym '" + word + "ctl'");
        assertThat(extraction.refresh()).as("nothing changed since").isFalse();
    }

    @Test
    void aMergeRedirectsResultsToTheTarget() {
        String from = curation.createCustom(new NewCustomSkill(word + "flux", null, null, "knowledge", null));
        String into = curation.createCustom(new NewCustomSkill(word + " stream processing", "Потоковая обработка " + word,
                null, "knowledge", null));
        extraction.refresh();
        String text = "Нужен опыт с " + word + "flux";
        assertThat(find(text, from)).isPresent();

        curation.merge(from, into);
        extraction.refresh();

        assertThat(find(text, from)).isEmpty();
        assertThat(find(text, into)).get().extracting(ExtractedSkill::label).isEqualTo("Потоковая обработка " + word);
        assertThat(extraction.dictionary().lookupExact(word + "flux")).containsExactly(into);
    }

    @Test
    void aTermOfASkillAndOfItsBroaderConceptCountsForTheNarrowerSkill() {
        String tools = curation.createCustom(new NewCustomSkill(word + " tooling", null, null, "knowledge", null));
        String family = curation.createCustom(new NewCustomSkill(word + " family", null, null, "knowledge", tools));
        String narrow = curation.createCustom(new NewCustomSkill(word + "git", null, null, "knowledge", family));
        String sibling = curation.createCustom(new NewCustomSkill(word + " sibling", null, null, "knowledge", null));
        curation.addLabel(tools, "en", word + "git", "SYNONYM");
        curation.addLabel(sibling, "en", word + "git", "SYNONYM");
        extraction.refresh();

        String text = "Нужен опыт с " + word + "git";
        assertThat(extraction.extract(text, Language.RU, List.of()).skills()).extracting(ExtractedSkill::uri)
                .containsExactlyInAnyOrder(narrow, sibling);
        try (var terms = taxonomy.allTerms()) {
            assertThat(terms.filter(t -> t.uri().equals(narrow))).isNotEmpty().allSatisfy(t -> assertThat(t.broaderUri()).isEqualTo(family));
        }

        // a broader concept merged into another skill is answered with its target, whose chain goes on to the tools
        String target = curation.createCustom(new NewCustomSkill(word + " vcs", null, null, "knowledge", tools));
        curation.merge(family, target);
        extraction.refresh();
        try (var terms = taxonomy.allTerms()) {
            assertThat(terms.filter(t -> t.uri().equals(narrow))).isNotEmpty().allSatisfy(t -> assertThat(t.broaderUri()).isEqualTo(target));
        }
        assertThat(extraction.dictionary().lookupExact(word + "git")).containsExactlyInAnyOrder(narrow, sibling);
    }

    @Test
    void theRevisionCheckIsOnePrimaryKeyRead() {
        List<String> plan = jdbc.execute((java.sql.Connection connection) -> {
            try (var statement = connection.createStatement()) {
                statement.execute("SET enable_seqscan = off");
                try (var rs = statement.executeQuery("EXPLAIN SELECT revision FROM skills.taxonomy_revision WHERE id = 1")) {
                    List<String> lines = new java.util.ArrayList<>();
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                    statement.execute("RESET enable_seqscan");
                    return lines;
                }
            }
        });
        assertThat(String.join("\n", plan)).contains("Index Scan using taxonomy_revision_pkey");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM skills.taxonomy_revision", Integer.class)).isEqualTo(1);
    }

    private Optional<ExtractedSkill> find(String text, String uri) {
        return extraction.extract(text, Language.RU, List.of()).skills().stream().filter(s -> s.uri().equals(uri)).findFirst();
    }
}
