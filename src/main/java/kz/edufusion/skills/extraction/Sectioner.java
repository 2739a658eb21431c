package kz.edufusion.skills.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a plain text into sections by its headings, line by line. A short line naming a section
 * ("Требования", "Будет плюсом:", "We offer", "Біз ұсынамыз") starts that section until the next heading.
 * Nice-to-have sections weigh half; benefit sections (what the employer offers) weigh nothing, so "ДМС"
 * or "English courses" there are not read as required skills. A single ordinary line that says
 * "... будет плюсом" weighs half as well.
 */
final class Sectioner {

    enum Kind {
        DESCRIPTION("description", 1.0),
        REQUIREMENTS("requirements", 1.0),
        DUTIES("responsibilities", 1.0),
        NICE_TO_HAVE("nice-to-have", 0.5),
        BENEFITS("benefits", 0.0);

        final String title;
        final double weight;

        Kind(String title, double weight) {
            this.title = title;
            this.weight = weight;
        }
    }

    /** A part of the text, start inclusive and end exclusive, of one kind. */
    record Section(int start, int end, Kind kind) {
    }

    private static final int MAX_HEADING = 70;
    private static final String[] NICE = {"будет плюсом", "будет преимуществом", "преимуществом будет", "желательно",
        "nice to have", "nice-to-have", "plus", "плюсом", "артықшылық", "приветствуется", "бонусом", "preferred",
        "было бы здорово", "дополнительным преимуществом"};
    private static final String[] INLINE_NICE = {"будет плюсом", "будет преимуществом", "желательно", "nice to have",
        "is a plus", "will be a plus", "артықшылық", "приветствуется", "преимуществом"};
    private static final String[] BENEFITS = {"мы предлагаем", "условия", "we offer", "benefits", "біз ұсынамыз",
        "ұсынамыз", "предлагаем", "what we offer", "perks", "жағдайлар", "мы гарантируем", "бонусы", "льготы",
        "компенсации", "почему мы", "why us", "что мы даем", "что мы даём"};
    private static final String[] REQUIREMENTS = {"требования", "requirements", "талаптар", "ожидаем", "необходимые",
        "навыки", "skills", "qualifications", "стек", "stack", "must have", "ждем от", "ждём от", "кого мы ищем",
        "you have", "что нужно", "қойылатын"};
    private static final String[] DUTIES = {"обязанности", "задачи", "responsibilities", "міндеттер", "предстоит",
        "you will", "чем заниматься", "функционал", "о проекте", "о компании", "about"};

    List<Section> sections(String text) {
        List<Section> sections = new ArrayList<>();
        Kind current = Kind.DESCRIPTION;
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            String line = text.substring(lineStart, lineEnd).strip().toLowerCase(Locale.ROOT);
            Kind heading = line.isEmpty() || line.length() > MAX_HEADING ? null : heading(line);
            Kind kind;
            if (heading != null) {
                current = heading;
                kind = heading;
            } else if (current != Kind.BENEFITS && containsAny(line, INLINE_NICE)) {
                kind = Kind.NICE_TO_HAVE;
            } else {
                kind = current;
            }
            add(sections, lineStart, lineEnd, kind);
            lineStart = lineEnd + 1;
        }
        return sections;
    }

    /** A heading starts with a section phrase, or is a short line ending in a colon that contains one. */
    private static Kind heading(String rawLine) {
        int from = 0;
        while (from < rawLine.length() && !Character.isLetter(rawLine.charAt(from))) {
            from++;
        }
        String line = rawLine.substring(from);
        if (!line.endsWith(":")) {
            line = line.length() > 40 ? "" : firstWords(line);
        }
        if (line.isEmpty()) {
            return null;
        }
        if (containsAny(line, NICE)) {
            return Kind.NICE_TO_HAVE;
        }
        if (containsAny(line, BENEFITS)) {
            return Kind.BENEFITS;
        }
        if (containsAny(line, REQUIREMENTS)) {
            return Kind.REQUIREMENTS;
        }
        if (containsAny(line, DUTIES)) {
            return Kind.DUTIES;
        }
        return null;
    }

    /** The first three words: where a heading phrase must begin unless the line ends in a colon. */
    private static String firstWords(String line) {
        int words = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ' ' && ++words == 3) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static void add(List<Section> sections, int start, int end, Kind kind) {
        if (!sections.isEmpty() && sections.get(sections.size() - 1).kind() == kind) {
            Section last = sections.remove(sections.size() - 1);
            sections.add(new Section(last.start(), end, kind));
        } else {
            sections.add(new Section(start, end, kind));
        }
    }

    private static boolean containsAny(String line, String[] phrases) {
        for (String phrase : phrases) {
            if (line.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
