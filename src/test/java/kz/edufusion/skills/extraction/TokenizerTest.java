package kz.edufusion.skills.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> stems(String text) {
        return tokenizer.tokenize(text).stream().map(Token::stem).toList();
    }

    @Test
    void keepsCodeLikeNamesWhole() {
        assertThat(stems("C#, C++, .NET, Node.js, ASP.NET Core, CI/CD, PL/SQL и 1С."))
                .containsExactly("c#", "c++", ".net", "node.js", "asp.net", "core", "ci/cd", "pl/sql", "и", "1c");
    }

    @Test
    void unifiesCyrillicLookAlikesInCode() {
        // "С#" and "1С" with a Cyrillic С, as the vacancy data has them
        assertThat(stems("\u0421# \u04211 1\u0421")).containsExactly("c#", "c1", "1c");
        assertThat(stems("с опытом")).first().isEqualTo("с");
    }

    @Test
    void splitsOrdinaryWordsJoinedBySlashesDotsAndHyphens() {
        assertThat(stems("PostgreSQL/MySQL")).containsExactly("postgresql", "mysql");
        assertThat(stems("Java.Опыт")).hasSize(2);
        assertThat(stems("Full-Stack")).containsExactly("full", "stack");
    }

    @Test
    void guessesTheLanguageOfEachWordAndStemsItSo() {
        List<Token> tokens = tokenizer.tokenize("Базы данных, databases, деректер қоры");
        assertThat(tokens).extracting(Token::language)
                .containsExactly(Language.RU, Language.RU, Language.EN, Language.KK, Language.KK);
        // "деректер" has no Kazakh-only letter: its Kazakh neighbour "қоры" makes it Kazakh
        assertThat(tokens.get(0).stem()).isEqualTo(tokenizer.tokenize("база").get(0).stem());
        assertThat(tokens.get(2).stem()).isEqualTo("database");
        assertThat(tokens.get(3).stem()).isEqualTo("дерек");
    }

    @Test
    void offsetsPointAtTheText() {
        String text = "Опыт с PostgreSQL!";
        Token token = tokenizer.tokenize(text).get(2);
        assertThat(text.substring(token.start(), token.end())).isEqualTo("PostgreSQL");
    }
}
