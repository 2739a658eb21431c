package kz.edufusion.labormarket.normalize;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One row's pattern of {@code labormarket/title-occupations.csv}: alternatives separated by "|"; an alternative is
 * words separated by spaces that must all occur in the title (in any order); a word may offer choices separated by
 * "/", and a choice ending in "*" is a stem (any title word starting with it). E.g. "frontend/react
 * разработ*&#47;developer*" matches "React-разработчик" and "Senior Frontend Developer".
 */
record TitlePattern(List<List<List<String>>> alternatives) {

    static TitlePattern parse(String text) {
        List<List<List<String>>> alternatives = Arrays.stream(text.split("\\|"))
                .map(String::strip).filter(a -> !a.isEmpty())
                .map(a -> Arrays.stream(a.split("\\s+"))
                        .map(word -> Arrays.stream(word.split("/")).filter(c -> !c.isEmpty() && !c.equals("*"))
                                .map(TitleWords::word).toList())
                        .toList())
                .toList();
        if (alternatives.isEmpty() || alternatives.stream().flatMap(List::stream).anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("empty alternative or word in pattern '" + text + "'");
        }
        return new TitlePattern(alternatives);
    }

    /**
     * How specific the best matching alternative is: the number of pattern letters it matched (each word counts
     * its longest matching choice); 0 when no alternative matches. A longer match names the occupation more
     * precisely ("frontend разработчик" beats "разработчик").
     */
    int score(Set<String> titleWords) {
        int best = 0;
        for (List<List<String>> alternative : alternatives) {
            int score = 0;
            for (List<String> choices : alternative) {
                int word = 0;
                for (String choice : choices) {
                    if (matches(choice, titleWords)) {
                        word = Math.max(word, choice.length() - (choice.endsWith("*") ? 1 : 0));
                    }
                }
                if (word == 0) {
                    score = 0;
                    break;
                }
                score += word;
            }
            best = Math.max(best, score);
        }
        return best;
    }

    private static boolean matches(String choice, Set<String> titleWords) {
        if (!choice.endsWith("*")) {
            return titleWords.contains(choice);
        }
        String stem = choice.substring(0, choice.length() - 1);
        for (String word : titleWords) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }
}
