package kz.edufusion.skills.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A term shared by a skill and its (transitively) broader concept counts for the narrower skill only. */
class NarrowestSkillsTest {

    private static final String SCM_TOOLS = "http://data.europa.eu/esco/skill/scm-tools";
    private static final String GIT = "https://edufusion.kz/skill/git";
    private static final String PROGRAMMING = "http://data.europa.eu/esco/skill/programming";
    private static final String SCRIPTING = "http://data.europa.eu/esco/skill/scripting";
    private static final String BASH = "https://edufusion.kz/skill/bash";
    private static final String GO = "https://edufusion.kz/skill/go";
    private static final String GO_BOARD_GAME = "https://edufusion.kz/skill/go-board-game";
    private static final String LOOP_A = "https://edufusion.kz/skill/loop-a";
    private static final String LOOP_B = "https://edufusion.kz/skill/loop-b";

    private static void skill(List<SkillTerm> terms, String uri, String broader, String label, String... synonyms) {
        Map<Language, String> labels = Map.of(Language.EN, label);
        terms.add(new SkillTerm(uri, Language.EN, label, TermKind.LABEL, labels, broader));
        for (String synonym : synonyms) {
            terms.add(new SkillTerm(uri, Language.ANY, synonym, TermKind.SYNONYM, labels, broader));
        }
    }

    private static SkillDictionary dictionary() {
        List<SkillTerm> terms = new ArrayList<>();
        // as in ESCO: the broader concept keeps the narrower one's name among its alternative labels
        skill(terms, SCM_TOOLS, null, "tools for software configuration management", "git", "Subversion");
        skill(terms, GIT, SCM_TOOLS, "Git");
        skill(terms, PROGRAMMING, null, "computer programming", "shell scripts");
        skill(terms, SCRIPTING, PROGRAMMING, "scripting programming", "shell scripts");
        skill(terms, BASH, SCRIPTING, "Bash", "shell scripts");
        skill(terms, GO, null, "Go", "Golang", "Go language");
        skill(terms, GO_BOARD_GAME, null, "board game Go", "Go language");
        skill(terms, LOOP_A, LOOP_B, "loop a", "looped term");
        skill(terms, LOOP_B, LOOP_A, "loop b", "looped term");
        return SkillDictionary.build(terms);
    }

    private final SkillDictionary dictionary = dictionary();
    private final SkillExtractor extractor = new SkillExtractor(dictionary);

    private List<String> extracted(String text, String... tags) {
        return extractor.extract(text, Language.EN, List.of(tags)).skills().stream().map(ExtractedSkill::uri).toList();
    }

    @Test
    void aTermOfABroaderAndANarrowerSkillGoesToTheNarrowerOnly() {
        assertThat(dictionary.lookupExact("GIT")).containsExactly(GIT);
        assertThat(extracted("Requirements: Git, code review")).containsExactly(GIT);
        assertThat(extracted("Flows in git and Subversion")).containsExactlyInAnyOrder(GIT, SCM_TOOLS);
    }

    @Test
    void theNarrowestOfAChainKeepsTheTerm() {
        assertThat(dictionary.lookupExact("shell scripts")).containsExactly(BASH);
        assertThat(extracted("Writing shell scripts")).containsExactly(BASH);
        assertThat(dictionary.lookupExact("computer programming")).containsExactly(PROGRAMMING);
    }

    @Test
    void unrelatedSkillsSharingATermBothKeepIt() {
        assertThat(dictionary.lookupExact("Go language")).containsExactlyInAnyOrder(GO, GO_BOARD_GAME);
        assertThat(extracted("Experience with the Go language")).containsExactlyInAnyOrder(GO, GO_BOARD_GAME);
    }

    @Test
    void aBroaderLoopDropsNothing() {
        assertThat(dictionary.lookupExact("looped term")).containsExactlyInAnyOrder(LOOP_A, LOOP_B);
    }

    @Test
    void anEmployerTagOfTheSharedTermConfirmsTheNarrowerSkillOnly() {
        assertThat(extractor.extract("Team of five", Language.EN, List.of("git")).skills())
                .extracting(ExtractedSkill::uri).containsExactly(GIT);
    }
}
