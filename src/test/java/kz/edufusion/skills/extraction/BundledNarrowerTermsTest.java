package kz.edufusion.skills.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Diagnostic over the bundled taxonomy: the terms (same normalized, stemmed token sequence) that belong to
 * several skills of which one is a broader concept (transitively) of another, as "Git" of the custom skill Git
 * and of ESCO's "tools for software configuration management". Printed with their count; the dictionary must
 * give each of them to the narrowest skills only.
 */
class BundledNarrowerTermsTest {

    private static final String GIT = "https://edufusion.kz/skill/git";
    private static final String SCM_TOOLS = "http://data.europa.eu/esco/skill/9d2e926f-53d9-41f5-98f3-19dfaa687f3f";

    @Test
    void termsSharedByABroaderAndANarrowerSkillCountOnlyForTheNarrower() {
        List<SkillTerm> terms = SkillDictionaryLoader.fromClasspath();
        SkillDictionary dictionary = SkillDictionary.build(terms);
        Map<String, String> broader = new HashMap<>();
        Map<List<String>, Set<String>> skillsByStems = new LinkedHashMap<>();
        Map<List<String>, String> textByStems = new HashMap<>();
        for (SkillTerm term : terms) {
            if (term.broaderUri() != null) {
                broader.put(term.uri(), term.broaderUri());
            }
            List<String> stems = dictionary.tokenizer().tokenize(term.text()).stream().map(Token::stem).toList();
            if (!stems.isEmpty()) {
                skillsByStems.computeIfAbsent(stems, s -> new LinkedHashSet<>()).add(term.uri());
                textByStems.putIfAbsent(stems, term.text());
            }
        }
        NarrowestSkills hierarchy = new NarrowestSkills(broader);
        Map<String, Set<String>> shared = new LinkedHashMap<>();
        skillsByStems.forEach((stems, uris) -> {
            Set<String> broaderOnes = uris.stream().filter(u -> uris.stream().anyMatch(n -> hierarchy.ancestors(n).contains(u)))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (!broaderOnes.isEmpty()) {
                shared.put(textByStems.get(stems), broaderOnes);
            }
        });
        System.out.printf("terms shared by a broader and a narrower skill: %d%n", shared.size());
        shared.forEach((text, broaderOnes) -> System.out.printf("  '%s': %s -> %s%n", text,
                broaderOnes.stream().map(u -> dictionary.label(u, Language.EN)).toList(),
                dictionary.lookupExact(text).stream().map(u -> dictionary.label(u, Language.EN)).toList()));

        assertThat(shared).containsKey("Git");
        assertThat(dictionary.lookupExact("git")).containsExactly(GIT);
        shared.forEach((text, broaderOnes) -> assertThat(dictionary.lookupExact(text)).as(text).isNotEmpty()
                .doesNotContainAnyElementsOf(broaderOnes));
    }
}
