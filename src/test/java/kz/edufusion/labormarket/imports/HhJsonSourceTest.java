package kz.edufusion.labormarket.imports;

import static kz.edufusion.labormarket.imports.SourceFiles.bytes;
import static kz.edufusion.labormarket.imports.SourceFiles.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.edufusion.common.csv.ImportFailure;
import org.junit.jupiter.api.Test;

class HhJsonSourceTest {

    static final String VACANCY = """
            {"id": "%s", "name": "Java-разработчик", "area": {"id": "160", "name": "Алматы"},
             "salary": {"from": 500000, "to": null, "currency": "KZT", "gross": false},
             "salary_range": {"from": 3000, "to": 4000, "currency": "USD", "gross": true, "mode": {"id": "MONTH", "name": "За месяц"}},
             "experience": {"id": "between3And6", "name": "От 3 до 6 лет"}, "schedule": {"name": "Удаленная работа"},
             "employment": {"name": "Полная занятость"}, "description": "<p>Spring Boot, <b>PostgreSQL</b></p>",
             "key_skills": [{"name": "Java"}, {"name": "Spring"}], "employer": {"id": "1", "name": "Kcell"},
             "published_at": "2025-11-20T10:00:00+0300", "alternate_url": "https://hh.kz/vacancy/%s"}""";

    static String vacancy(String id) {
        return VACANCY.formatted(id, id).replace("\n", " ");
    }

    @Test
    void readsAnArrayOfApiObjects() throws IOException {
        List<SourceItem> items = readAll(HhJsonSource.open(bytes("[" + vacancy("1") + ", " + vacancy("2") + "]", StandardCharsets.UTF_8)));

        assertThat(items).hasSize(2);
        RawVacancy first = items.get(0).vacancy();
        assertThat(first.sourceId()).isEqualTo("1");
        assertThat(first.rowNumber()).isEqualTo(1);
        assertThat(first.city()).isEqualTo("Алматы");
        assertThat(first.salaryFrom()).isEqualByComparingTo("3000");
        assertThat(first.salaryCurrency()).isEqualTo("USD");
        assertThat(first.salaryGross()).isTrue();
        assertThat(first.salaryPeriod()).isEqualTo("MONTH");
        assertThat(first.tags()).containsExactly("Java", "Spring");
        assertThat(first.employerName()).isEqualTo("Kcell");
        assertThat(first.experience()).isEqualTo("От 3 до 6 лет");
        assertThat(first.url()).isEqualTo("https://hh.kz/vacancy/1");
        assertThat(items.get(1).rowNumber()).isEqualTo(2);
    }

    @Test
    void readsJsonLinesAndSearchPages() throws IOException {
        assertThat(readAll(HhJsonSource.open(bytes(vacancy("1") + "\n" + vacancy("2") + "\n", StandardCharsets.UTF_8))))
                .extracting(i -> i.vacancy().sourceId()).containsExactly("1", "2");
        String page = "{\"found\": 2, \"items\": [" + vacancy("3") + "," + vacancy("4") + "], \"pages\": 1, \"page\": 0}";
        assertThat(readAll(HhJsonSource.open(bytes(page, StandardCharsets.UTF_8))))
                .extracting(i -> i.vacancy().sourceId()).containsExactly("3", "4");
    }

    @Test
    void aSalaryWithoutRangeAndABadElementAreHandledPerObject() throws IOException {
        String plain = vacancy("5").replaceAll("\"salary_range\": \\{.*?\\}\\}, ", "");
        List<SourceItem> items = readAll(HhJsonSource.open(bytes("[" + plain + ", 42, " + vacancy("6")
                .replace("2025-11-20T10:00:00+0300", "soon") + "]", StandardCharsets.UTF_8)));

        assertThat(items.get(0).vacancy().salaryFrom()).isEqualByComparingTo("500000");
        assertThat(items.get(0).vacancy().salaryCurrency()).isEqualTo("KZT");
        assertThat(items.get(1).rejection()).isEqualTo("not a JSON object");
        assertThat(items.get(2).rejection()).contains("published_at 'soon' is not a date");
        assertThat(items.get(2).sourceId()).isEqualTo("6");
    }

    @Test
    void invalidJsonFailsTheFileWithItsPosition() throws IOException {
        HhJsonSource source = HhJsonSource.open(bytes("[" + vacancy("1") + ", {\"id\": ]", StandardCharsets.UTF_8));
        assertThat(source.next().vacancy()).isNotNull();
        assertThatThrownBy(source::next).isInstanceOf(ImportFailure.class).hasMessageStartingWith("invalid JSON at line 1");
    }
}
