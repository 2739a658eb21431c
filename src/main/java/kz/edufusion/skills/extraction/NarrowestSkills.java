package kz.edufusion.skills.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps, of the skills sharing one term, only the narrowest: ESCO often lists a narrower concept's name among
 * its broader concept's alternative labels ("git" for "tools for software configuration management"), and the
 * curated and custom skills name exactly those narrower concepts, so without this every mention of Git would
 * count for both. A skill is dropped from a term when another skill of the same term lies below it on the
 * broader-concept chain (followed through the dictionary's own skills; loops are cut). Skills not related that
 * way all keep the term.
 */
final class NarrowestSkills {

    private final Map<String, String> broader;
    private final Map<String, Set<String>> ancestors = new HashMap<>();

    /** @param broader each skill's broader concept by URI, for the skills that have one */
    NarrowestSkills(Map<String, String> broader) {
        this.broader = broader;
    }

    /**
     * The entries whose skill is not a broader concept of another entry's skill; the same array if none is.
     * Skills on a loop of broader concepts are above each other both ways, so neither is dropped.
     */
    SkillDictionary.Entry[] keep(SkillDictionary.Entry[] entries, List<SkillDictionary.Skill> skills) {
        if (entries.length < 2 || broader.isEmpty()) {
            return entries;
        }
        List<SkillDictionary.Entry> kept = new ArrayList<>(entries.length);
        for (SkillDictionary.Entry entry : entries) {
            if (!aboveAnother(skills.get(entry.skill()).uri(), entries, skills)) {
                kept.add(entry);
            }
        }
        return kept.size() == entries.length ? entries : kept.toArray(SkillDictionary.Entry[]::new);
    }

    private boolean aboveAnother(String uri, SkillDictionary.Entry[] entries, List<SkillDictionary.Skill> skills) {
        for (SkillDictionary.Entry other : entries) {
            String narrower = skills.get(other.skill()).uri();
            if (!narrower.equals(uri) && ancestors(narrower).contains(uri) && !ancestors(uri).contains(narrower)) {
                return true;
            }
        }
        return false;
    }

    /** Every concept above the skill on its broader chain, the skill itself excluded. */
    Set<String> ancestors(String uri) {
        Set<String> known = ancestors.get(uri);
        if (known != null) {
            return known;
        }
        Set<String> chain = new HashSet<>();
        String up = broader.get(uri);
        // up until the chain leaves the dictionary's skills or comes back on itself
        while (up != null && !up.equals(uri) && chain.add(up)) {
            up = broader.get(up);
        }
        ancestors.put(uri, chain);
        return chain;
    }
}
