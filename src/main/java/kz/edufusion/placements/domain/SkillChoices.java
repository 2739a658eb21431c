package kz.edufusion.placements.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.edufusion.common.PageQuery;
import kz.edufusion.skills.SkillExtractionService;
import kz.edufusion.skills.SkillHit;
import kz.edufusion.skills.SkillTaxonomy;
import kz.edufusion.skills.extraction.Language;
import org.springframework.stereotype.Service;

/**
 * Skills for offers and student profiles: labels of stored URIs, search, a typed label resolved to its skill, and
 * the skills the extraction engine finds in an offer's text or a pasted CV (proposed, never stored unasked).
 */
@Service
public class SkillChoices {

    static final int MAX_TEXT = 50_000;
    private static final int SUGGESTIONS = 20;

    private final SkillTaxonomy taxonomy;
    private final SkillExtractionService extraction;

    SkillChoices(SkillTaxonomy taxonomy, SkillExtractionService extraction) {
        this.taxonomy = taxonomy;
        this.extraction = extraction;
    }

    public List<SkillChoice> labels(List<String> uris) {
        List<SkillChoice> choices = new ArrayList<>();
        for (String uri : uris) {
            taxonomy.find(uri).ifPresent(s -> choices.add(new SkillChoice(s.uri(), s.label())));
        }
        return choices;
    }

    public List<SkillChoice> search(String q, Locale locale) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return taxonomy.search(q.strip(), locale.getLanguage(), new PageQuery(0, 10)).items().stream()
                .map(h -> new SkillChoice(h.uri(), h.label())).toList();
    }

    /** The skill a typed label names: a label of it in any language, compared without case. */
    public Optional<String> resolve(String label, Locale locale) {
        String wanted = label.strip();
        return taxonomy.search(wanted, locale.getLanguage(), new PageQuery(0, 5)).items().stream()
                .filter(h -> matches(h, wanted)).map(SkillHit::uri).findFirst();
    }

    /** The skills a text names, most certain first, without duplicates. */
    public List<SkillChoice> suggest(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String read = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        Map<String, SkillChoice> found = new LinkedHashMap<>();
        extraction.extract(read, Language.ANY, List.of()).skills().stream()
                .sorted((a, b) -> Double.compare(b.score(), a.score()))
                .forEach(s -> taxonomy.find(s.uri()).ifPresent(v -> found.putIfAbsent(v.uri(), new SkillChoice(v.uri(), v.label()))));
        return found.values().stream().limit(SUGGESTIONS).toList();
    }

    private static boolean matches(SkillHit hit, String wanted) {
        return wanted.equalsIgnoreCase(hit.matchedLabel()) || wanted.equalsIgnoreCase(hit.label().kk())
                || wanted.equalsIgnoreCase(hit.label().ru()) || wanted.equalsIgnoreCase(hit.label().en());
    }
}
