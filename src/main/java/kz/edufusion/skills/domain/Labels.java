package kz.edufusion.skills.domain;

import kz.edufusion.common.csv.RejectedRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The labels one row brings, deduplicated per language ignoring case (the first one wins, so a preferred
 * label is never turned into a synonym by its own alt-label copy), and the SQL that writes them.
 */
final class Labels {

    static final int MAX_LENGTH = 500;

    /**
     * An import never touches an ADMIN label, ESCO does not overwrite a curated one, and no import turns a
     * preferred label into an alternative; a label that is already current is not written at all.
     */
    static final String UPSERT = """
            INSERT INTO skills.skill_label AS t (skill_uri, language, text, kind, origin) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT ON CONSTRAINT skill_label_unique DO UPDATE
            SET text = EXCLUDED.text, kind = EXCLUDED.kind, origin = EXCLUDED.origin, updated_at = now()
            WHERE t.origin <> 'ADMIN' AND (t.origin = EXCLUDED.origin OR EXCLUDED.origin = 'CURATED')
              AND NOT (t.kind = 'PREFERRED' AND EXCLUDED.kind <> 'PREFERRED')
              AND (t.text, t.kind, t.origin) IS DISTINCT FROM (EXCLUDED.text, EXCLUDED.kind, EXCLUDED.origin)""";

    private static final Pattern SEPARATORS = Pattern.compile("[\\n|]");

    private final String skillUri;
    private final String origin;
    private final Set<String> seen = new HashSet<>();
    private final List<Stmt> statements = new ArrayList<>();

    Labels(String skillUri, String origin) {
        this.skillUri = skillUri;
        this.origin = origin;
    }

    /** Splits an ESCO or curated list: one label per line or separated by '|'. */
    static List<String> split(String list) {
        if (list == null) {
            return List.of();
        }
        return SEPARATORS.splitAsStream(list).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    Labels add(String language, String text, String kind) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String label = text.strip();
        if (label.length() > MAX_LENGTH) {
            throw new RejectedRow(kind.toLowerCase(Locale.ROOT) + " label '" + label.substring(0, 40)
                    + "...' is longer than " + MAX_LENGTH + " characters");
        }
        if (seen.add(language + ":" + label.toLowerCase(Locale.ROOT))) {
            statements.add(Stmt.dependent(UPSERT, skillUri, language, label, kind, origin));
        }
        return this;
    }

    Labels addAll(String language, List<String> texts, String kind) {
        texts.forEach(text -> add(language, text, kind));
        return this;
    }

    List<Stmt> statements() {
        return statements;
    }
}
