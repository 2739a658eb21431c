package kz.edufusion.programs.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.skills.SkillExtractionService;
import kz.edufusion.skills.extraction.ExtractedSkill;
import kz.edufusion.skills.extraction.Language;
import org.springframework.stereotype.Component;

/**
 * Runs the extraction engine over an outcome's text (or a discipline's title) in each language it is written in
 * and proposes the skills found, best score first, at most {@link #MAX_PER_TEXT} per text: a proposal list longer
 * than that is a list nobody reviews. The same skill found in two languages counts once, with its best score.
 */
@Component
public class SkillProposer {

    static final int MAX_PER_TEXT = 8;

    private final SkillExtractionService extraction;
    private final SkillLinkStore links;

    SkillProposer(SkillExtractionService extraction, SkillLinkStore links) {
        this.extraction = extraction;
        this.links = links;
    }

    /** Proposes for an outcome ({@code discipline} null) or a discipline ({@code outcome} null); answers how many. */
    public int propose(UUID program, UUID outcome, UUID discipline, LocalizedText text) {
        Map<String, Double> best = new HashMap<>();
        read(best, text.kk(), Language.KK);
        read(best, text.ru(), Language.RU);
        read(best, text.en(), Language.EN);
        var top = best.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).limit(MAX_PER_TEXT).toList();
        top.forEach(e -> links.propose(program, outcome, discipline, e.getKey(), e.getValue()));
        return top.size();
    }

    private void read(Map<String, Double> best, String text, Language language) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (ExtractedSkill skill : extraction.extract(text, language, null).skills()) {
            best.merge(skill.uri(), skill.score(), Math::max);
        }
    }
}
