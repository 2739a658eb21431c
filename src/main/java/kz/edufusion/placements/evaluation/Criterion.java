package kz.edufusion.placements.evaluation;

import kz.edufusion.common.LocalizedText;

/**
 * One thing rated on the 1-5 scale. {@code key} is how forms, the API and the database name it
 * ({@code SKILL:<uri>}, {@code OUTCOME:<code>}, {@code GENERIC:<code>}); {@code description} may be empty.
 */
public record Criterion(String key, CriterionKind kind, String ref, LocalizedText label, LocalizedText description) {

    public static String key(CriterionKind kind, String ref) {
        return kind.name() + ":" + ref;
    }
}
