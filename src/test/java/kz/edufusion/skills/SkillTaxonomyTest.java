package kz.edufusion.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.stream.Stream;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Search ranking, lookups, merges and custom skills through the module's facades. */
@IntegrationTest
class SkillTaxonomyTest {

    @Autowired
    SkillTaxonomy taxonomy;
    @Autowired
    SkillCuration curation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;

    private final String word = "quib" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void searchRanksExactThenPrefixThenContainsAndPreferredBeforeSynonyms() {
        String contains = skill("advanced " + word + " tuning");
        String prefixPreferred = skill(word + " tuning");
        String exactSynonym = skill("something else " + UUID.randomUUID());
        label(exactSynonym, "ru", word, "SYNONYM");
        String exactPreferred = skill(word.toUpperCase());
        String prefixSynonym = skill("unrelated " + UUID.randomUUID());
        label(prefixSynonym, "kk", word + "ing", "SYNONYM");

        var page = taxonomy.search(" " + word + " ", "en", new PageQuery(0, 10));

        assertThat(page.items()).extracting(SkillHit::uri)
                .containsExactly(exactPreferred, exactSynonym, prefixPreferred, prefixSynonym, contains);
        assertThat(page.totalItems()).isEqualTo(5);
        assertThat(page.items().get(1).matchedLabel()).isEqualTo(word);
        assertThat(page.items().get(1).matchedLanguage()).isEqualTo("ru");
        var second = taxonomy.search(word, "en", new PageQuery(1, 2));
        assertThat(second.items()).extracting(SkillHit::uri).containsExactly(prefixPreferred, prefixSynonym);
        assertThat(second.totalPages()).isEqualTo(3);
    }

    @Test
    void cyrillicLabelsAreFoundIgnoringCase() {
        String uri = skill("Kazakh " + word);
        label(uri, "kk", "Қазақ тілі " + word, "PREFERRED");
        assertThat(taxonomy.search("ҚАЗАҚ ТІЛІ " + word, "kk", new PageQuery(0, 5)).items())
                .extracting(SkillHit::uri).containsExactly(uri);
        assertThat(taxonomy.find(uri).orElseThrow().label().in("kk")).isEqualTo("Қазақ тілі " + word);
        assertThat(taxonomy.find(uri).orElseThrow().label().in("en")).isEqualTo("Kazakh " + word);
    }

    @Test
    void mergeMovesLabelsRedirectsLookupsAndSearchAndIsAudited() {
        String from = skill(word + " dup");
        label(from, "ru", "Дубль " + word, "PREFERRED");
        String into = skill(word + " original");
        label(into, "en", word + " dup", "SYNONYM");

        curation.merge(from, into);

        assertThat(taxonomy.labels(into)).extracting(l -> l.language() + " " + l.kind() + " " + l.text())
                .containsExactlyInAnyOrder("en PREFERRED " + word + " original", "en SYNONYM " + word + " dup",
                        "ru SYNONYM Дубль " + word);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM skills.skill_label WHERE skill_uri = ?", Integer.class, from)).isZero();
        assertThat(taxonomy.find(from).orElseThrow().uri()).isEqualTo(into);
        assertThat(taxonomy.details(from).orElseThrow().mergedFrom()).containsExactly(from);
        assertThat(taxonomy.search("дубль " + word, "ru", new PageQuery(0, 5)).items())
                .extracting(SkillHit::uri).containsExactly(into);
        assertThat(audit.search(new AuditLog.AuditQuery(null, "skills.merge", "skill", from), new PageQuery(0, 5)).items())
                .singleElement().satisfies(e -> assertThat(e.detail()).startsWith("merged into " + into));
        // a label re-imported onto the merged skill is searched and served under the target
        jdbc.update("INSERT INTO skills.skill_label (skill_uri, language, text, kind, origin) VALUES (?, 'en', ?, 'ALT', 'ESCO')",
                from, word + " reimported");
        assertThat(taxonomy.search(word + " reimported", "en", new PageQuery(0, 5)).items())
                .extracting(SkillHit::uri).containsExactly(into);
        try (Stream<SkillTerm> terms = taxonomy.allTerms()) {
            assertThat(terms.filter(t -> t.text().equals(word + " reimported"))).extracting(SkillTerm::uri).containsExactly(into);
        }
        assertThatThrownBy(() -> curation.merge(into, from)).isInstanceOf(DomainProblem.class);
    }

    @Test
    void adminLabelsAreValidatedAndDuplicatesRefused() {
        String uri = skill(word + " labels");
        SkillLabelView added = curation.addLabel(uri, "kk", "  Жаңа " + word + " ", "SYNONYM");
        assertThat(added.text()).isEqualTo("Жаңа " + word);
        assertThatThrownBy(() -> curation.addLabel(uri, "kk", "жаңа " + word.toUpperCase(), "SYNONYM"))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.messageKey()).isEqualTo("skills.label.duplicate"));
        assertThatThrownBy(() -> curation.addLabel(uri, "ru", " ", "SYNONYM")).isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> curation.addLabel(uri, "ru", "x".repeat(201), "SYNONYM")).isInstanceOf(DomainProblem.class);
        curation.removeLabel(uri, added.id());
        assertThat(taxonomy.labels(uri)).extracting(SkillLabelView::text).containsExactly(word + " labels");
    }

    @Test
    void customSkillsGetAnEdufusionUriTheirLabelsAndBroaderConcept() {
        String broader = skill(word + " broader");
        String uri = curation.createCustom(new NewCustomSkill("Work in 1C " + word, "Работа в 1С " + word, null, "skill", broader));
        assertThat(uri).startsWith("https://edufusion.kz/skill/work-in-1c-");
        SkillView view = taxonomy.find(uri).orElseThrow();
        assertThat(view.source()).isEqualTo("CUSTOM");
        assertThat(view.broaderUri()).isEqualTo(broader);
        assertThat(view.label().in("ru")).isEqualTo("Работа в 1С " + word);
        assertThat(taxonomy.findById(uri.substring(uri.lastIndexOf('/') + 1))).contains(view);
        assertThatThrownBy(() -> curation.createCustom(new NewCustomSkill("x", null, null, "skill", "http://nope.example/" + word)))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.messageKey()).isEqualTo("skills.broader.unknown"));
        assertThat(taxonomy.counts().customSkills()).isPositive();
    }

    private String skill(String preferredEn) {
        String uri = "http://data.europa.eu/esco/skill/test-" + UUID.randomUUID();
        jdbc.update("INSERT INTO skills.skill (uri, source, type, esco_version) VALUES (?, 'ESCO', 'skill', 'ESCO v1.2.0')", uri);
        label(uri, "en", preferredEn, "PREFERRED");
        return uri;
    }

    private void label(String uri, String language, String text, String kind) {
        jdbc.update("INSERT INTO skills.skill_label (skill_uri, language, text, kind, origin) VALUES (?, ?, ?, ?, 'ESCO')",
                uri, language, text, kind);
    }
}
