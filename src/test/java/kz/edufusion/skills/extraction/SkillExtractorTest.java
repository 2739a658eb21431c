package kz.edufusion.skills.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SkillExtractorTest {

    private static final String PG = "http://data.europa.eu/esco/skill/pg";
    private static final String CSHARP = "https://edufusion.kz/skill/csharp";
    private static final String GO = "https://edufusion.kz/skill/go";
    private static final String SPRING_BOOT = "https://edufusion.kz/skill/spring-boot";
    private static final String DB = "https://edufusion.kz/skill/databases";
    private static final String ENGLISH = "https://edufusion.kz/skill/english";
    private static final String DMS = "https://edufusion.kz/skill/health-insurance";
    private static final String LEAD = "http://data.europa.eu/esco/skill/lead-others";

    private final SkillExtractor extractor = new SkillExtractor(SkillDictionary.build(terms()));

    private static List<SkillTerm> terms() {
        List<SkillTerm> terms = new ArrayList<>();
        skill(terms, PG, Map.of(Language.EN, "PostgreSQL", Language.RU, "PostgreSQL", Language.KK, "PostgreSQL"), "Postgres", "Postgre");
        skill(terms, CSHARP, Map.of(Language.EN, "C#"), "C Sharp");
        skill(terms, GO, Map.of(Language.EN, "Go"), "Golang");
        skill(terms, SPRING_BOOT, Map.of(Language.EN, "Spring Boot"));
        skill(terms, DB, Map.of(Language.EN, "databases", Language.RU, "базы данных", Language.KK, "деректер қоры"), "СУБД");
        skill(terms, ENGLISH, Map.of(Language.EN, "English", Language.RU, "английский язык", Language.KK, "ағылшын тілі"));
        skill(terms, DMS, Map.of(Language.RU, "ДМС"));
        skill(terms, LEAD, Map.of(Language.EN, "lead others"), "lead");
        return terms;
    }

    private static void skill(List<SkillTerm> terms, String uri, Map<Language, String> labels, String... synonyms) {
        labels.forEach((language, label) -> terms.add(new SkillTerm(uri, language, label, TermKind.LABEL, labels)));
        for (String synonym : synonyms) {
            terms.add(new SkillTerm(uri, Language.ANY, synonym, TermKind.SYNONYM, labels));
        }
    }

    private Optional<ExtractedSkill> find(Extraction extraction, String uri) {
        return extraction.skills().stream().filter(s -> s.uri().equals(uri)).findFirst();
    }

    @Test
    void findsASkillInRussianHtmlWithSpansInTheOriginalText() {
        String html = "<p><strong>Требования:</strong></p><ul><li>Опыт работы с <b>PostgreSQL</b> и Postgres-репликацией</li>"
                + "<li>Знание баз данных</li></ul>";
        Extraction extraction = extractor.extract(html, Language.RU);

        ExtractedSkill pg = find(extraction, PG).orElseThrow();
        assertThat(pg.spans()).hasSize(2);
        assertThat(pg.spans()).extracting(s -> html.substring(s.start(), s.end())).containsExactly("PostgreSQL", "Postgres");
        assertThat(pg.explanation()).contains("label 'PostgreSQL'").contains("requirements").contains("2 mentions");
        ExtractedSkill db = find(extraction, DB).orElseThrow();
        assertThat(db.label()).isEqualTo("базы данных");
        assertThat(db.explanation()).contains("(ru stem)");
        assertThat(html.substring(db.spans().get(0).start(), db.spans().get(0).end())).isEqualTo("баз данных");
    }

    @Test
    void readsKazakhAndMixedTexts() {
        String text = "Талаптар: деректер қорымен жұмыс (PostgreSQL), ағылшын тілін білу, С# тілінде бағдарламалау.";
        Extraction extraction = extractor.extract(text, Language.KK);

        assertThat(find(extraction, PG)).isPresent();
        assertThat(find(extraction, ENGLISH)).get().extracting(ExtractedSkill::label).isEqualTo("ағылшын тілі");
        ExtractedSkill csharp = find(extraction, CSHARP).orElseThrow();
        assertThat(text.substring(csharp.spans().get(0).start(), csharp.spans().get(0).end())).isEqualTo("С#");
        assertThat(find(extraction, DB)).get().extracting(ExtractedSkill::explanation).asString().contains("kk stem");
    }

    @Test
    void prefersTheLongestTerm() {
        Extraction extraction = extractor.extract("Backend: Java, Spring Boot", Language.EN);
        assertThat(find(extraction, SPRING_BOOT)).isPresent();
    }

    @Test
    void niceToHaveWeighsLessAndBenefitsAreIgnored() {
        String text = "Требования:\nPostgreSQL\nБудет плюсом:\nC#\nМы предлагаем:\nДМС, курсы английского языка";
        Extraction extraction = extractor.extract(text, Language.RU);

        double pg = find(extraction, PG).orElseThrow().score();
        ExtractedSkill csharp = find(extraction, CSHARP).orElseThrow();
        assertThat(csharp.score()).isLessThan(pg);
        assertThat(csharp.explanation()).contains("nice-to-have");
        assertThat(find(extraction, DMS)).isEmpty();
        assertThat(find(extraction, ENGLISH)).isEmpty();
    }

    @Test
    void inlineNiceToHaveLineWeighsLess() {
        Extraction extraction = extractor.extract("Знание PostgreSQL.\nОпыт с C# будет плюсом.", Language.RU);
        assertThat(find(extraction, CSHARP).orElseThrow().score()).isLessThan(find(extraction, PG).orElseThrow().score());
    }

    @Test
    void shortAmbiguousTermsNeedToLookLikeCodeOrATag() {
        assertThat(find(extractor.extract("we go to the office", Language.EN), GO)).isEmpty();
        assertThat(find(extractor.extract("Backend на Go и Golang", Language.RU), GO)).isPresent();
        assertThat(find(extractor.extract("we go fast", Language.EN, List.of("Go")), GO)).isPresent();
    }

    @Test
    void anOrdinaryWordEndingACapitalizedTitleIsNotTheSkill() {
        assertThat(find(extractor.extract("Мы ищем Team Lead группы разработки и QA Lead, который", Language.RU), LEAD)).isEmpty();
        assertThat(find(extractor.extract("Ищем Senior Go Developer", Language.RU), GO)).isPresent();
        assertThat(find(extractor.extract("Умение Lead и мотивировать", Language.RU), LEAD)).isPresent();
    }

    @Test
    void employerTagsAddEvidence() {
        double plain = find(extractor.extract("PostgreSQL", Language.EN), PG).orElseThrow().score();
        ExtractedSkill tagged = find(extractor.extract("PostgreSQL", Language.EN, List.of("PostgreSQL")), PG).orElseThrow();
        assertThat(tagged.score()).isGreaterThan(plain).isLessThanOrEqualTo(1.0);
        assertThat(tagged.explanation()).contains("employer tag");
        assertThat(tagged.tagged()).isTrue();
        ExtractedSkill tagOnly = find(extractor.extract("Разработчик", Language.EN, List.of("C#")), CSHARP).orElseThrow();
        assertThat(tagOnly.spans()).isEmpty();
    }

    @Test
    void exactLookupMapsTagsToSkills() {
        SkillDictionary dictionary = SkillDictionary.build(terms());
        assertThat(dictionary.lookupExact("Postgres")).containsExactly(PG);
        assertThat(dictionary.lookupExact("\u0421#")).containsExactly(CSHARP);
        assertThat(dictionary.lookupExact("База данных")).containsExactly(DB);
        assertThat(dictionary.lookupExact("PostgreSQL DBA")).isEmpty();
        assertThat(dictionary.label(PG, Language.KK)).isEqualTo("PostgreSQL");
        assertThat(dictionary.label(DMS, Language.KK)).isEqualTo("ДМС");
    }
}
