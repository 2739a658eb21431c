package kz.edufusion.labormarket.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.csv.RejectedRow;
import kz.edufusion.labormarket.normalize.OccupationMatcher.OccupationMatch;
import kz.edufusion.skills.extraction.ExtractedSkill;
import kz.edufusion.skills.extraction.Span;
import org.junit.jupiter.api.Test;

class VacancyPreparerTest {

    static final UUID KCELL = UUID.randomUUID();

    static Normalizers normalizers() {
        return new Normalizers(city -> city.equals("Алматы") ? Optional.of("KZ-75") : Optional.empty(),
                (from, to, currency, period) -> Optional.of(new BigDecimal("450000")),
                text -> Optional.of("ru"),
                title -> title.contains("Java") ? Optional.of(new OccupationMatch("http://data.europa.eu/esco/occupation/x", "2512"))
                        : Optional.empty(),
                (employer, isco) -> Optional.ofNullable(isco == null ? null : "J"),
                key -> key.equals("kcell") ? Optional.of(KCELL) : Optional.empty(),
                id -> Optional.of("H"),
                (text, tags) -> List.of(
                        new ExtractedSkill("http://data.europa.eu/esco/skill/java", "Java", 0.87654, List.of(new Span(0, 4)), true, ""),
                        new ExtractedSkill("http://data.europa.eu/esco/skill/sql", "SQL", 0.5, List.of(new Span(5, 8)), false, ""),
                        new ExtractedSkill("http://data.europa.eu/esco/skill/git", "Git", 0.3, List.of(), true, "")));
    }

    static RawVacancy raw(String title, String language, BigDecimal from, BigDecimal to, String employer) {
        return new RawVacancy(2, "hh", " 42 ", title, "<p>Java &amp; <b>SQL</b></p><script>x()</script>", "Алматы", from, to,
                "kzt", null, null, null, null, null, employer, List.of("Git"),
                OffsetDateTime.parse("2025-11-30T21:00:00+00:00"), null, language);
    }

    private final VacancyPreparer preparer = new VacancyPreparer(normalizers(), "UTF-8");

    @Test
    void normalizesEveryField() {
        PreparedVacancy v = preparer.prepare(raw("Java Developer", null, new BigDecimal("400000"), new BigDecimal("500000"), "АО \"Kcell\""));

        assertThat(v.sourceId()).isEqualTo("42");
        assertThat(v.description()).isEqualTo("Java & SQL");
        assertThat(v.language()).isEqualTo("ru");
        assertThat(v.regionCode()).isEqualTo("KZ-75");
        assertThat(v.salaryCurrency()).isEqualTo("KZT");
        assertThat(v.salaryKztMonth()).isEqualByComparingTo("450000");
        assertThat(v.employerKey()).isEqualTo("kcell");
        assertThat(v.organizationId()).isEqualTo(KCELL);
        assertThat(v.naceSection()).as("the linked organization's section comes first").isEqualTo("H");
        assertThat(v.iscoCode()).isEqualTo("2512");
        // 21:00 UTC on 30 November is already 1 December in Almaty
        assertThat(v.publishedMonth()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(v.skills()).extracting(PreparedVacancy.Skill::origin).containsExactly("BOTH", "TEXT", "TAG");
        assertThat(v.skills().get(0).score()).isEqualTo(0.877f);
        assertThat(preparer.prepare(raw("Java Developer", null, null, null, "АО \"Kcell\"")).contentHash())
                .isEqualTo(preparer.prepare(raw("Java Developer", null, null, null, "АО \"Kcell\"")).contentHash())
                .isNotEqualTo(preparer.prepare(raw("Java Developer II", null, null, null, "АО \"Kcell\"")).contentHash());
    }

    @Test
    void anUnlinkedEmployerGetsTheClassifiersSection() {
        assertThat(preparer.prepare(raw("Java Developer", "KK", null, null, "ТОО Другая")).naceSection()).isEqualTo("J");
        assertThat(preparer.prepare(raw("Java Developer", "KK", null, null, "ТОО Другая")).language()).isEqualTo("kk");
        assertThat(preparer.prepare(raw("Бухгалтер", null, null, null, null)).naceSection()).isNull();
    }

    @Test
    void brokenRowsAreRejectedWithAReason() {
        assertThatThrownBy(() -> preparer.prepare(raw(" ", null, null, null, null)))
                .isInstanceOf(RejectedRow.class).hasMessage("missing title");
        assertThatThrownBy(() -> preparer.prepare(raw("Dev", "xx", null, null, null)))
                .isInstanceOf(RejectedRow.class).hasMessage("unknown language 'xx'");
        assertThatThrownBy(() -> preparer.prepare(raw("Dev", null, new BigDecimal("5"), new BigDecimal("4"), null)))
                .isInstanceOf(RejectedRow.class).hasMessage("salary_from 5 is above salary_to 4");
        assertThatThrownBy(() -> preparer.prepare(raw("Dev", null, new BigDecimal("-1"), null, null)))
                .isInstanceOf(RejectedRow.class).hasMessage("salary_from -1 is negative");
        assertThatThrownBy(() -> preparer.prepare(raw("Раз\uFFFDаботчик", null, null, null, null)))
                .isInstanceOf(RejectedRow.class).hasMessageContaining("not valid UTF-8");
        assertThatThrownBy(() -> new VacancyPreparer(normalizers(), "windows-1251").prepare(raw("Раз\uFFFD", null, null, null, null)))
                .isInstanceOf(RejectedRow.class).hasMessageContaining("windows-1251");
    }
}
