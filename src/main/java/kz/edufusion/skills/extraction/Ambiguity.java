package kz.edufusion.skills.extraction;

import java.util.List;
import java.util.Set;

/**
 * Terms that are too short or too common to be trusted on their own: a one-token term of at most two
 * characters (R, Go, ПО), or an ordinary word that is also a skill's name (spring, rust, unity,
 * excel, access). In a text they count only where written like code (a symbol, a digit, capitals:
 * Go, R, ПО) or confirmed by an employer tag.
 */
final class Ambiguity {

    private static final Set<String> COMMON_WORDS = Set.of(
            "go", "spring", "rust", "unity", "excel", "access", "word", "basic", "swift", "express", "solid", "chef",
            "puppet", "salt", "ant", "make", "dart", "pascal", "shell", "vision", "flow", "jest", "hive", "pig",
            "spark", "storm", "play", "ada", "logo", "elm", "crystal", "julia", "nim", "rails", "mocha",
            "report", "reports", "lead", "plan", "schedule", "present", "test", "build", "deploy",
            "english", "office", "management", "communication", "teamwork", "leadership", "sales", "design",
            "analysis", "testing", "support", "security", "networking", "research", "planning", "marketing",
            "русский", "английский", "язык", "работа", "опыт", "знание", "навык", "управление", "анализ",
            "поддержка", "продажи", "обучение", "планирование", "коммуникация", "безопасность", "тестирование",
            "администрирование", "разработка", "программирование", "проектирование", "документация", "сеть",
            "ответственность", "внимательность", "пунктуальность", "команда", "лидерство", "офис", "компьютер",
            "интернет", "почта", "база", "данные", "система", "сервер", "сайт", "приложение");

    /** Words that name a whole industry in vacancies ("IT-компания"): skills only when the employer tags them. */
    private static final Set<String> TAG_ONLY = Set.of("it", "ит", "айти");

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

    static boolean tagOnly(List<Token> termTokens) {
        return termTokens.size() == 1 && TAG_ONLY.contains(termTokens.get(0).normalized());
    }

    /**
     * Whether a word in a text is written like the name of a technology rather than an ordinary word: with a
     * symbol or digit ("C#", "1С"), in capitals ("R", "ПО", "QA"), or as a capitalized Latin name that does
     * not start a sentence, line or list item ("опыт с Go", "Java, Spring"). An ordinary word that ends a run
     * of capitalized Latin words is the head noun of a title or name ("Team Lead", "QA Lead, который"): its
     * capital shows the name, not the skill; inside a run it stays a modifier ("Senior Go Developer").
     */
    static boolean writtenLikeCode(String text, List<Token> tokens, int from, int to) {
        if (from == to && from > 0 && isCommonWord(tokens.get(from)) && capitalizedNeighbours(text, tokens.get(from - 1),
                tokens.get(from)) && (to + 1 == tokens.size() || !capitalizedNeighbours(text, tokens.get(to), tokens.get(to + 1)))) {
            return false;
        }
        for (int i = from; i <= to; i++) {
            Token token = tokens.get(i);
            if (token.codeLike()) {
                return true;
            }
            String s = token.surface();
            if (isAllUpper(s)) {
                continue;
            }
            if (!Character.isUpperCase(s.charAt(0)) || token.language() != Language.EN || startsSentence(text, token.start())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCommonWord(Token token) {
        return !token.codeLike() && (COMMON_WORDS.contains(token.normalized()) || COMMON_WORDS.contains(token.stem()));
    }

    /** Both Latin words written with a capital and only spaces between them. */
    private static boolean capitalizedNeighbours(String text, Token previous, Token token) {
        if (previous.language() != Language.EN || token.language() != Language.EN
                || !Character.isUpperCase(previous.surface().charAt(0)) || !Character.isUpperCase(token.surface().charAt(0))) {
            return false;
        }
        for (int i = previous.end(); i < token.start(); i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsSentence(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) || c == '\n') {
                return c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '•' || c == '-'
                        || c == '*' || c == '—' || c == '–' || c == '·';
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
