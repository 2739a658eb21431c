package kz.edufusion.skills.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds dictionary terms in a token sequence: at each position the longest term starting there (walking
 * the trie token by token), then it continues after that term, so "Spring Boot" is one match, not
 * "Spring" and "Boot". The longest shorter term at the same position is reported too, marked nested
 * ("SQL" inside "SQL-запросы", "Redux" inside "Redux Toolkit"): weaker evidence for that skill.
 */
final class TermMatcher {

    /** Tokens first to last (both included) form a term ending at the trie node whose entries are given. */
    record Match(int first, int last, SkillDictionary.Entry[] entries, boolean nested) {
    }

    private final SkillDictionary dictionary;

    TermMatcher(SkillDictionary dictionary) {
        this.dictionary = dictionary;
    }

    List<Match> matches(List<Token> tokens) {
        int n = tokens.size();
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = dictionary.tokenId(tokens.get(i).stem());
        }
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int node = 0;
            int best = -1;
            SkillDictionary.Entry[] bestEntries = null;
            int shorter = -1;
            SkillDictionary.Entry[] shorterEntries = null;
            for (int j = i; j < n && ids[j] >= 0; j++) {
                node = dictionary.child(node, ids[j]);
                if (node < 0) {
                    break;
                }
                SkillDictionary.Entry[] entries = dictionary.terminal(node);
                if (entries != null) {
                    shorter = best;
                    shorterEntries = bestEntries;
                    best = j;
                    bestEntries = entries;
                }
            }
            if (best >= 0) {
                if (shorter >= 0) {
                    matches.add(new Match(i, shorter, shorterEntries, true));
                }
                matches.add(new Match(i, best, bestEntries, false));
                i = best + 1;
            } else {
                i++;
            }
        }
        return matches;
    }
}
