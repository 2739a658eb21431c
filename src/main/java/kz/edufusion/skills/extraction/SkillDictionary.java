package kz.edufusion.skills.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.edufusion.common.collections.LongIntMap;

/**
 * All the ways of writing all skills, analyzed once (normalized, tokenized, stemmed) and kept as a trie
 * over token ids: each distinct stem gets an int id, each trie edge is (node, token id) -> child node in
 * one primitive hash map, and a node where a term ends holds that term's entries (of the skills sharing
 * the term only the narrowest, see {@link NarrowestSkills}). Lookups cost one hash
 * probe per token, so 100k terms match as fast as 100. Immutable once built; safe to share.
 */
public final class SkillDictionary {

    /** A term that ends at a trie node: which skill, how it is written, and whether it needs care. */
    record Entry(int skill, TermKind kind, String text, Language language, boolean ambiguous, boolean tagOnly) {
    }

    /** A skill: its URI and preferred label per language. */
    record Skill(String uri, Map<Language, String> labels) {
    }

    private static final Language[] FALLBACK = {Language.EN, Language.RU, Language.KK, Language.ANY};

    private final Tokenizer tokenizer;
    private final Map<String, Integer> tokenIds;
    private final LongIntMap edges;
    private final Map<Integer, Entry[]> terminals;
    private final List<Skill> skills;
    private final Map<String, Integer> skillIndex;
    private final int termCount;

    private SkillDictionary(Tokenizer tokenizer, Map<String, Integer> tokenIds, LongIntMap edges,
            Map<Integer, Entry[]> terminals, List<Skill> skills, Map<String, Integer> skillIndex, int termCount) {
        this.tokenizer = tokenizer;
        this.tokenIds = tokenIds;
        this.edges = edges;
        this.terminals = terminals;
        this.skills = skills;
        this.skillIndex = skillIndex;
        this.termCount = termCount;
    }

    public static SkillDictionary build(Collection<SkillTerm> terms) {
        Tokenizer tokenizer = new Tokenizer();
        Map<String, Integer> tokenIds = new HashMap<>();
        LongIntMap edges = new LongIntMap(terms.size() * 2);
        Map<Integer, List<Entry>> building = new HashMap<>();
        List<Skill> skills = new ArrayList<>();
        Map<String, Integer> skillIndex = new HashMap<>();
        Map<String, String> broader = new HashMap<>();
        int[] nodes = {1};
        int count = 0;
        for (SkillTerm term : terms) {
            List<Token> tokens = tokenizer.tokenize(term.text());
            if (tokens.isEmpty()) {
                continue;
            }
            Integer skill = skillIndex.get(term.uri());
            if (skill == null) {
                skill = skills.size();
                skillIndex.put(term.uri(), skill);
                skills.add(new Skill(term.uri(), Map.copyOf(term.preferredLabels())));
            }
            if (term.broaderUri() != null) {
                broader.putIfAbsent(term.uri(), term.broaderUri());
            }
            int node = 0;
            for (Token token : tokens) {
                int id = tokenIds.computeIfAbsent(token.stem(), s -> tokenIds.size());
                long key = edgeKey(node, id);
                int child = edges.get(key);
                if (child < 0) {
                    child = nodes[0]++;
                    edges.put(key, child);
                }
                node = child;
            }
            Entry entry = new Entry(skill, term.kind(), term.text().strip(), term.language(), Ambiguity.isAmbiguous(tokens),
                    Ambiguity.tagOnly(tokens));
            List<Entry> entries = building.computeIfAbsent(node, n -> new ArrayList<>(1));
            if (entries.stream().noneMatch(e -> e.skill() == entry.skill() && e.kind().compareTo(entry.kind()) <= 0)) {
                entries.removeIf(e -> e.skill() == entry.skill());
                entries.add(entry);
            }
            count++;
        }
        Map<Integer, Entry[]> terminals = new HashMap<>(building.size() * 2);
        NarrowestSkills narrowest = new NarrowestSkills(broader);
        building.forEach((node, entries) -> terminals.put(node, narrowest.keep(entries.toArray(Entry[]::new), skills)));
        return new SkillDictionary(tokenizer, tokenIds, edges, terminals, List.copyOf(skills), skillIndex, count);
    }

    private static long edgeKey(int node, int tokenId) {
        return ((long) node << 32) | (tokenId & 0xFFFFFFFFL);
    }

    Tokenizer tokenizer() {
        return tokenizer;
    }

    /** The id of a stem, or -1 if no term contains it. */
    int tokenId(String stem) {
        Integer id = tokenIds.get(stem);
        return id == null ? -1 : id;
    }

    /** The trie node reached from {@code node} by {@code tokenId}, or -1. The root is node 0. */
    int child(int node, int tokenId) {
        return edges.get(edgeKey(node, tokenId));
    }

    /** The terms ending at this node, or null. */
    Entry[] terminal(int node) {
        return terminals.get(node);
    }

    Skill skill(int index) {
        return skills.get(index);
    }

    public int skillCount() {
        return skills.size();
    }

    public int termCount() {
        return termCount;
    }

    /** The skill's preferred label in the language asked for, else English, Russian, Kazakh; else the URI. */
    public String label(String uri, Language language) {
        Integer index = skillIndex.get(uri);
        return index == null ? uri : label(skills.get(index), language);
    }

    static String label(Skill skill, Language language) {
        String label = skill.labels().get(language);
        for (int i = 0; label == null && i < FALLBACK.length; i++) {
            label = skill.labels().get(FALLBACK[i]);
        }
        return label == null ? skill.uri() : label;
    }

    /** The skills having a label or synonym that is exactly this text once normalized and stemmed. */
    public Set<String> lookupExact(String text) {
        Set<String> uris = new LinkedHashSet<>();
        int node = 0;
        for (Token token : tokenizer.tokenize(text)) {
            int id = tokenId(token.stem());
            node = id < 0 ? -1 : child(node, id);
            if (node < 0) {
                return uris;
            }
        }
        Entry[] entries = node == 0 ? null : terminal(node);
        if (entries != null) {
            for (Entry entry : entries) {
                uris.add(skills.get(entry.skill()).uri());
            }
        }
        return uris;
    }
}
