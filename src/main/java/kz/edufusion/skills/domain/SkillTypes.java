package kz.edufusion.skills.domain;

import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.RejectedRow;
import java.util.Locale;
import java.util.regex.Pattern;

/** Value checks shared by the skill files. */
final class SkillTypes {

    static final Pattern URI = Pattern.compile("^https?://\\S+$");

    private SkillTypes() {
    }

    /** ESCO writes "skill/competence" or "knowledge"; the curated file also uses "transversal" and "language". */
    static String type(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "skill/competence", "skill" -> "skill";
            case "knowledge" -> "knowledge";
            case "transversal" -> "transversal";
            case "language" -> "language";
            default -> throw new RejectedRow("type '" + value + "' is not skill/competence, knowledge, transversal or language");
        };
    }

    static String uri(CsvRow row, String column) {
        return row.matching(column, URI, "a URI");
    }

    static String optionalUri(CsvRow row, String column) {
        String value = row.optional(column);
        if (value != null && !URI.matcher(value).matches()) {
            throw new RejectedRow(column + " '" + value + "' is not a URI");
        }
        return value;
    }
}
