package kz.edufusion.skills;

import java.util.stream.Stream;
import kz.edufusion.skills.extraction.Language;
import kz.edufusion.skills.extraction.SkillDictionary;
import kz.edufusion.skills.extraction.SkillDictionaryLoader;

/**
 * Feeds the taxonomy's terms to the engine: a PREFERRED label becomes a label term (the display label of its
 * language goes to an administrator's, else the curators', else ESCO's), ALT, HIDDEN and SYNONYM labels
 * become synonyms. Ambiguity (short or ordinary-word terms, "IT") is decided by the engine from the term's
 * tokens, so the tables need no flag for it and both sources give the engine the same information.
 */
final class TaxonomyDictionary {

    private TaxonomyDictionary() {
    }

    static SkillDictionary build(SkillTaxonomy taxonomy) {
        SkillDictionaryLoader loader = new SkillDictionaryLoader();
        try (Stream<SkillTerm> terms = taxonomy.allTerms()) {
            terms.forEach(term -> add(loader, term));
        }
        return SkillDictionary.build(loader.terms());
    }

    static void add(SkillDictionaryLoader loader, SkillTerm term) {
        Language language = Language.fromCode(term.language()).orElse(Language.ANY);
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
