package kz.edufusion.skills.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KazakhLightStemmerTest {

    private final KazakhLightStemmer stemmer = new KazakhLightStemmer();

    @ParameterizedTest
    @CsvSource({
        "деректер, дерек",            // data (plural)
        "деректерді, дерек",          // data (plural, accusative)
        "жобаларды, жоба",            // projects (accusative)
        "компьютерлерде, компьютер",  // on computers (plural, locative)
        "тілдерінің, тіл",            // of its languages (plural, possessive, genitive)
        "жүйесі, жүйе",               // its system (possessive -сі)
        "білімі, білім",              // his knowledge (possessive -і)
        "бағдарламалаудың, бағдарламалау", // of programming (genitive)
        "мектептен, мектеп",          // from school (ablative)
        "базасына, база",             // to its base (possessive + dative)
        "университетте, университет", // at the university (locative)
        "тілін, тіл",                 // its language (possessive + accusative)
        "тілінде, тіл",               // in the language of (possessive + locative)
        "жүйесін, жүйе",              // its system (accusative)
    })
    void stripsInflectionalSuffixes(String word, String stem) {
        assertThat(stemmer.stem(word)).isEqualTo(stem);
    }

    @Test
    void keepsAMinimumStemAndLeavesUninflectedWordsAlone() {
        assertThat(stemmer.stem("іс")).isEqualTo("іс");
        assertThat(stemmer.stem("ана")).isEqualTo("ана");
        assertThat(stemmer.stem("python")).isEqualTo("python");
        assertThat(stemmer.stem("бағдарламалау")).isEqualTo("бағдарламалау");
    }

    @Test
    void inflectedFormsMeetTheirBaseForm() {
        assertThat(stemmer.stem("дерекқорлармен")).isEqualTo(stemmer.stem("дерекқор")); // with databases
        assertThat(stemmer.stem("талдауды")).isEqualTo(stemmer.stem("талдау"));
    }
}
