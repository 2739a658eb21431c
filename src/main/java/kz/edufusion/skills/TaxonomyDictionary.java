package kz.edufusion.skills;

import java.util.List;
import java.util.stream.Stream;
import kz.edufusion.skills.extraction.Language;
import kz.edufusion.skills.extraction.SkillDictionary;
import kz.edufusion.skills.extraction.SkillDictionaryLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the taxonomy's terms to the engine: a PREFERRED label becomes a label term (the display label of its
 * language goes to an administrator's, else the curators', else ESCO's), ALT, HIDDEN and SYNONYM labels
 * become synonyms; each skill's broader concept goes along. Ambiguity (short or ordinary-word terms, "IT") is
 * decided by the engine from the term's tokens, so the tables need no flag for it and both sources give the
 * engine the same information.
 */
final class TaxonomyDictionary {

    private static final Logger log = LoggerFactory.getLogger(TaxonomyDictionary.class);

    private TaxonomyDictionary() {
    }

    static SkillDictionary build(SkillTaxonomy taxonomy) {
        long started = System.nanoTime();
        SkillDictionaryLoader loader = new SkillDictionaryLoader();
        try (Stream<SkillTerm> terms = taxonomy.allTerms()) {
            terms.forEach(term -> add(loader, term));
        }
        List<kz.edufusion.skills.extraction.SkillTerm> terms = loader.terms();
        long read = System.nanoTime();
        SkillDictionary dictionary = SkillDictionary.build(terms);
        log.debug("Skill terms read in {} ms, analyzed in {} ms", (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        return dictionary;
    }

    static void add(SkillDictionaryLoader loader, SkillTerm term) {
        Language language = Language.fromCode(term.language()).orElse(Language.ANY);
        loader.broader(term.uri(), term.broaderUri());
        if ("PREFERRED".equals(term.kind())) {
            loader.preferred(term.uri(), language, term.text(), precedence(term.origin()));
        } else {
            loader.synonym(term.uri(), language, term.text());
        }
    }

    private static int precedence(String origin) {
        return switch (origin) {
            case "ADMIN" -> 0;
            case "CURATED" -> SkillDictionaryLoader.CURATED;
            default -> SkillDictionaryLoader.ESCO;
        };
    }
}
