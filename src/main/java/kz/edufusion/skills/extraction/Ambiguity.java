package kz.edufusion.skills.extraction;

import java.util.List;
import java.util.Set;

/**
 * Terms that are too short or too common to be trusted on their own: a one-token term of at most two
 * characters ("R", "Go", "ПО"), or an ordinary word that is also a skill's name ("spring", "rust",
 * "unity", "excel", "access"). In a text they count only where written like code (a symbol, a digit,
 * capitals: "Go", "R", "ПО") or confirmed by an employer tag.
 */
final class Ambiguity {

    private static final Set<String> COMMON_WORDS = Set.of(
            "go", "spring", "rust", "unity", "excel", "access", "word", "basic", "swift", "express", "solid", "chef",
            "puppet", "salt", "ant", "make", "dart", "pascal", "shell", "vision", "flow", "jest", "hive", "pig",
            "spark", "storm", "play", "ada", "logo", "elm", "crystal", "julia", "nim", "rails", "mocha",
            "english", "office", "management", "communication", "teamwork", "leadership", "sales", "design",
            "analysis", "testing", "support", "security", "networking", "research", "planning", "marketing",
            "русский", "английский", "язык", "работа", "опыт", "знание", "навык", "управление", "анализ",
            "поддержка", "продажи", "обучение", "планирование", "коммуникация", "безопасность", "тестирование",
            "администрирование", "разработка", "программирование", "проектирование", "документация", "сеть",
            "ответственность", "внимательность", "пунктуальность", "команда", "лидерство", "офис", "компьютер",
            "интернет", "почта", "база", "данные", "система", "сервер", "сайт", "приложение");

    private Ambiguity() {
    }

    static boolean isAmbiguous(List<Token> termTokens) {
        if (termTokens.size() != 1) {
            return false;
        }
        Token token = termTokens.get(0);
        if (token.codeLike()) {
            return false;
        }
        return token.normalized().length() <= 2 || COMMON_WORDS.contains(token.normalized())
                || COMMON_WORDS.contains(token.stem());
    }

    /** Whether a word in a text is written like a name of a technology rather than an ordinary word. */
    static boolean writtenLikeCode(List<Token> tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            Token token = tokens.get(i);
            if (token.codeLike()) {
                return true;
            }
            String s = token.surface();
            if (!Character.isUpperCase(s.charAt(0))) {
                return false;
            }
            if (token.language() == Language.EN && token.normalized().length() <= 2) {
                continue;
            }
            // a capital inside a Cyrillic sentence marks a name; a capital at a sentence start does not
            if (token.language() != Language.EN && !isAllUpper(s)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
