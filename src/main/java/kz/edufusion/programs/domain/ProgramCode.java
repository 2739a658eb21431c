package kz.edufusion.programs.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.edufusion.programs.ProgramLevel;

/**
 * A Register program code, e.g. {@code 6B06101}: the level prefix (6B bachelor, 7M master, 8D doctoral), the field
 * of education (01-12, characters 3-4), the area digit (character 5, so the area is characters 3-5: 061) and the
 * program's two-digit number. The group code (B057, M094, D094) is a letter of the level and three digits.
 */
public record ProgramCode(String value, ProgramLevel level, String fieldCode, String areaCode) {

    private static final Pattern SHAPE = Pattern.compile("([0-9][A-Z])([0-9]{2})([0-9])([0-9]{2})");
    private static final Pattern GROUP = Pattern.compile("([BMD])([0-9]{3})");

    /** The parsed code, or the message key saying what is wrong with the text. */
    public static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.failure("programs.problem.code.required");
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        Matcher m = SHAPE.matcher(code);
        if (code.length() != 7 || !m.matches()) {
            return Parsed.failure("programs.problem.code.format");
        }
        Optional<ProgramLevel> level = levelOf(m.group(1));
        if (level.isEmpty()) {
            return Parsed.failure("programs.problem.code.prefix");
        }
        int field = Integer.parseInt(m.group(2));
        if (field < 1 || field > 12) {
            return Parsed.failure("programs.problem.code.field");
        }
        return new Parsed(new ProgramCode(code, level.get(), m.group(2), m.group(2) + m.group(3)), null);
    }

    public static Optional<ProgramLevel> levelOf(String prefix) {
        for (ProgramLevel level : ProgramLevel.values()) {
            if (level.prefix().equals(prefix)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** Null when the group code fits the level, else the message key of the problem. */
    public static String groupProblem(String group, ProgramLevel level) {
        Matcher m = GROUP.matcher(group.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return "programs.problem.group.format";
        }
        return m.group(1).charAt(0) == level.name().charAt(0) ? null : "programs.problem.group.level";
    }

    /** A parse result: the code, or the key of the message explaining why the text is not one. */
    public record Parsed(ProgramCode code, String problem) {

        static Parsed failure(String problem) {
            return new Parsed(null, problem);
        }

        public boolean valid() {
            return code != null;
        }
    }
}
