package kz.edufusion.skills.extraction;

/**
 * Turns the evidence for one skill into a score in 0..1. Each occurrence adds its section's weight
 * (1 in requirements or description, 0.5 in nice-to-have) times the term's weight (a label 1, a synonym
 * 0.8), halved for a term inside a longer one; an employer tag adds {@value #TAG_EVIDENCE}. The sum saturates: score = 1 - exp(-0.9 * evidence),
 * so one plain mention scores 0.59, two 0.83, a mention plus a tag 0.83.
 */
final class SkillScorer {

    static final double TAG_EVIDENCE = 1.0;
    /** A term found inside a longer term ("SQL" in "SQL-запросы") counts half. */
    static final double NESTED = 0.5;
    private static final double SYNONYM_WEIGHT = 0.8;
    private static final double RATE = 0.9;

    double occurrence(TermKind kind, double sectionWeight) {
        return sectionWeight * (kind == TermKind.LABEL ? 1.0 : SYNONYM_WEIGHT);
    }

    double score(double evidence) {
        return Math.round((1 - Math.exp(-RATE * evidence)) * 1000) / 1000.0;
    }
}
