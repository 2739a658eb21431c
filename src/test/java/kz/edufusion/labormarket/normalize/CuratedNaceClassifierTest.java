package kz.edufusion.labormarket.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edufusion.common.csv.CsvRow;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CuratedNaceClassifierTest {

    private final CuratedNaceClassifier nace = new CuratedNaceClassifier();

    @Test
    void readsTheSectionFromTheEmployerName() {
        assertThat(nace.sectionFor("Народный банк Казахстана", null)).contains("K");
        assertThat(nace.sectionFor("Bereke Bank", "2512")).contains("K");
        assertThat(nace.sectionFor("Страховая компания Евразия", null)).contains("K");
        assertThat(nace.sectionFor("Kcell", null)).contains("J");
        assertThat(nace.sectionFor("Beeline, ТМ", null)).contains("J");
        assertThat(nace.sectionFor("Мобайл Телеком-Сервис (Объединенная Компания Tele2/Altel)", null)).contains("J");
        assertThat(nace.sectionFor("QazaqOil (PetroRetail)", null)).contains("B");
        assertThat(nace.sectionFor("Мұнай сервис", null)).contains("B");
        assertThat(nace.sectionFor("Qazaq Stroy", null)).contains("F");
        assertThat(nace.sectionFor("Құрылыс компаниясы", null)).contains("F");
        assertThat(nace.sectionFor("Atasu Logistics", null)).contains("H");
        assertThat(nace.sectionFor("Sulpak", null)).contains("G");
        assertThat(nace.sectionFor("Клиника Эко Отбасы", null)).contains("Q");
        assertThat(nace.sectionFor("Алматинский Технологический Университет", null)).contains("P");
        assertThat(nace.sectionFor("Министерство цифрового развития", null)).contains("O");
    }

    @Test
    void theLongerNameMatchWins() {
        // "Лаборатория цифрового маркетинга": marketing (M) is longer than digital (J)
        assertThat(nace.sectionFor("Лаборатория цифрового маркетинга", null)).contains("M");
        // a recruiting agency whose name also says "Lab"
        assertThat(nace.sectionFor("Рекрутинговое агентство Fin Career Lab", null)).contains("N");
    }

    @Test
    void fallsBackToTheOccupationsSectorOnlyWhereTheOccupationHasOne() {
        assertThat(nace.sectionFor("Квант", "2512")).contains("J");
        assertThat(nace.sectionFor(null, "3512")).contains("J");
        assertThat(nace.sectionFor("Аркадия", "1330")).contains("J");
        assertThat(nace.sectionFor("Аркадия", "2221")).contains("Q");
        assertThat(nace.sectionFor("Аркадия", "2330")).contains("P");
        assertThat(nace.sectionFor("Аркадия", "8322")).contains("H");
        // accountants and sales managers work in every sector
        assertThat(nace.sectionFor("Аркадия", "2411")).isEmpty();
        assertThat(nace.sectionFor("Аркадия", "1221")).isEmpty();
        assertThat(nace.sectionFor("Аркадия", null)).isEmpty();
        assertThat(nace.sectionFor(" ", "")).isEmpty();
    }

    @Test
    void everySectionOfTheFileIsANaceSection() {
        Set<String> sections = DevVacancies.read("/reference/nace/nace_rev2.csv", List.of("Level", "Code")).stream()
                .filter(r -> r.required("Level").equals("1")).map(r -> r.required("Code")).collect(Collectors.toSet());
        List<CsvRow> rows = CuratedFile.rows(CuratedNaceClassifier.FILE, CuratedNaceClassifier.COLUMNS);
        assertThat(sections).hasSize(21);
        assertThat(rows).extracting(r -> r.required("nace_section")).allMatch(sections::contains);
    }

    @Test
    void namesASectionForMostDevEmployers() {
        List<String> employers = DevVacancies.rows().stream().map(r -> r.optional("employer_name"))
                .filter(java.util.Objects::nonNull).distinct().toList();
        long named = employers.stream().filter(e -> nace.sectionFor(e, null).isPresent()).count();
        System.out.printf("Employer names with a NACE section from the name: %d of %d%n", named, employers.size());
        assertThat(named).isGreaterThan(employers.size() / 3);
    }
}
