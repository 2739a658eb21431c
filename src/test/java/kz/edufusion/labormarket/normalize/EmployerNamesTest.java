package kz.edufusion.labormarket.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmployerNamesTest {

    @Test
    void legalFormsQuotesAndPunctuationDoNotCount() {
        assertThat(EmployerNames.key("ТОО «Альфа-Софт»")).isEqualTo("альфа софт");
        assertThat(EmployerNames.key("Альфа Софт, ТОО")).isEqualTo("альфа софт");
        assertThat(EmployerNames.key("ALSECO, АО")).isEqualTo("alseco");
        assertThat(EmployerNames.key("Beeline, ТМ")).isEqualTo("beeline");
        assertThat(EmployerNames.key("Частная компания QazX Ltd.")).isEqualTo("qazx");
        assertThat(EmployerNames.key("Zoftify Eesti OÜ")).isEqualTo("zoftify eesti");
        assertThat(EmployerNames.key("Сёмга")).isEqualTo("семга");
    }

    @Test
    void theBracketedTransliterationOrOwnerDoesNotCount() {
        assertThat(EmployerNames.key("Epam Kazakhstan (Эпам Казахстан),ТОО")).isEqualTo(EmployerNames.key("EPAM Kazakhstan ТОО"));
        assertThat(EmployerNames.key("Kolesa (АО Колеса)")).isEqualTo("kolesa");
        assertThat(EmployerNames.key("Home Credit Bank (ДБ АО «ForteBank»)")).isEqualTo("home credit bank");
        assertThat(EmployerNames.key("(ТОО Альфа)")).isEqualTo("альфа");
    }

    @Test
    void aBlankNameHasNoKey() {
        assertThat(EmployerNames.key(null)).isNull();
        assertThat(EmployerNames.key("  ")).isNull();
        assertThat(EmployerNames.key("ТОО")).isNull();
    }
}
