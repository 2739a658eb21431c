package kz.edufusion.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key exists, non-empty, in Kazakh, Russian and English; and every bundle is registered. */
class TranslationCompletenessTest {

    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    @Test
    void everyKeyIsTranslatedIntoAllThreeLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundles()) {
            Set<String> all = new TreeSet<>();
            List<Properties> perLanguage = new ArrayList<>();
            for (String language : LANGUAGES) {
                Properties p = load(BUNDLES.resolve(bundle + "_" + language + ".properties"));
                perLanguage.add(p);
                all.addAll(p.stringPropertyNames());
            }
            for (int i = 0; i < LANGUAGES.size(); i++) {
                for (String key : all) {
                    String value = perLanguage.get(i).getProperty(key);
                    if (value == null || value.isBlank()) {
                        problems.add(bundle + "_" + LANGUAGES.get(i) + ": missing " + key);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void kazakhAndRussianAreWrittenInCyrillic() throws IOException {
        List<String> latinOnly = new ArrayList<>();
        for (String bundle : bundles()) {
            for (String language : List.of("kk", "ru")) {
                Properties p = load(BUNDLES.resolve(bundle + "_" + language + ".properties"));
                Properties en = load(BUNDLES.resolve(bundle + "_en.properties"));
                for (String key : p.stringPropertyNames()) {
                    String value = p.getProperty(key);
                    // brand names and codes may stay Latin; a sentence copied from English may not
                    if (value.split("\\s+").length > 3 && value.equals(en.getProperty(key))) {
                        latinOnly.add(bundle + "_" + language + ": " + key + " is the English text");
                    }
                }
            }
        }
        assertThat(latinOnly).isEmpty();
    }

    @Test
    void everyBundleIsRegisteredWithTheMessageSource() throws IOException {
        String config = Files.readString(Path.of("src/main/resources/application.yml"));
        for (String bundle : bundles()) {
            assertThat(config).as("spring.messages.basename lists i18n/" + bundle).contains("i18n/" + bundle);
        }
    }

    static Set<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            Set<String> names = new TreeSet<>();
            files.map(f -> f.getFileName().toString()).filter(n -> n.matches(".+_(kk|ru|en)\\.properties"))
                    .forEach(n -> names.add(n.replaceFirst("_(kk|ru|en)\\.properties$", "")));
            return names;
        }
    }

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
