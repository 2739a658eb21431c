package kz.edufusion.skills.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkillDictionaryLoaderTest {

    private static final String PG = "http://data.europa.eu/esco/skill/pg";

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void mergesCuratedLabelsAndSynonymsWithEscoLabelsAndAltLabels() throws IOException {
        List<SkillTerm> terms = new SkillDictionaryLoader()
                .curated(csv("""
                        uri,esco_uri,broader_uri,type,label_en,label_ru,label_kk,synonyms_en,synonyms_ru,synonyms_kk
                        http://data.europa.eu/esco/skill/pg,http://data.europa.eu/esco/skill/pg,,knowledge,PostgreSQL,PostgreSQL,PostgreSQL,Postgres|Postgre,Постгрес,
                        https://edufusion.kz/skill/1c,,,skill,1C:Enterprise programming,Программирование 1С,1С бағдарламалау,,"1С программирование|1С: Предприятие 8",
                        """))
                .esco(csv("""
                        conceptType,conceptUri,skillType,reuseLevel,preferredLabel,status,altLabels,description,broaderConceptUri,broaderConceptPT
                        KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/pg,knowledge,sector-specific,PostgreSQL (ESCO),released,"Postgres | PostgreSQL DBMS
                        Postgres SQL",The database.,,
                        """))
                .terms();

        assertThat(terms).extracting(SkillTerm::text).contains("PostgreSQL", "Postgre", "Постгрес", "PostgreSQL (ESCO)",
                "PostgreSQL DBMS", "Postgres SQL", "Программирование 1С", "1С: Предприятие 8");
        SkillTerm label = terms.stream().filter(t -> t.text().equals("PostgreSQL")).findFirst().orElseThrow();
        assertThat(label.kind()).isEqualTo(TermKind.LABEL);
        // the curated English label wins over ESCO's preferred label
        assertThat(label.preferredLabels()).containsEntry(Language.EN, "PostgreSQL").containsEntry(Language.KK, "PostgreSQL");
        assertThat(terms.stream().filter(t -> t.text().equalsIgnoreCase("postgres"))).hasSize(1);

        SkillDictionary dictionary = SkillDictionary.build(terms);
        assertThat(dictionary.lookupExact("1C программирование")).containsExactly("https://edufusion.kz/skill/1c");
        assertThat(dictionary.lookupExact("Postgres SQL")).containsExactly(PG);
    }

    @Test
    void readsTheBroaderConceptsOfCustomSkillsAndOfEscoSkills() throws IOException {
        String scm = "http://data.europa.eu/esco/skill/scm";
        List<SkillTerm> terms = new SkillDictionaryLoader()
                .curated(csv("""
                        uri,esco_uri,broader_uri,type,label_en,label_ru,label_kk,synonyms_en,synonyms_ru,synonyms_kk
                        https://edufusion.kz/skill/git,,http://data.europa.eu/esco/skill/scm,skill,Git,Git,Git,,,
                        """))
                .esco(csv("""
                        conceptType,conceptUri,preferredLabel,altLabels,broaderConceptUri
                        KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/scm,tools for software configuration management,"git
                        GNU Bazaar",http://data.europa.eu/esco/isced-f/0613 | http://data.europa.eu/esco/skill/tools
                        KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/tools,software tools,,
                        """))
                .terms();

        assertThat(terms.stream().filter(t -> t.uri().equals("https://edufusion.kz/skill/git")))
                .isNotEmpty().allSatisfy(t -> assertThat(t.broaderUri()).isEqualTo(scm));
        assertThat(terms.stream().filter(t -> t.uri().equals(scm)))
                .allSatisfy(t -> assertThat(t.broaderUri()).isEqualTo("http://data.europa.eu/esco/skill/tools"));
        assertThat(terms.stream().filter(t -> t.text().equals("software tools")).findFirst().orElseThrow().broaderUri()).isNull();
        assertThat(SkillDictionary.build(terms).lookupExact("Git")).containsExactly("https://edufusion.kz/skill/git");
    }

    @Test
    void readsTheBundledFilesFromTheClasspath() {
        SkillDictionary dictionary = SkillDictionary.build(SkillDictionaryLoader.fromClasspath());
        assertThat(dictionary.skillCount()).isGreaterThan(2_000);
        assertThat(dictionary.lookupExact("PostgreSQL")).isNotEmpty();
        assertThat(dictionary.lookupExact("Английский язык")).isNotEmpty();
    }
}
