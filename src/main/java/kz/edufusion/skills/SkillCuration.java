package kz.edufusion.skills;

/**
 * Administrators' edits of the taxonomy; each one is audited. Refusals are
 * {@link kz.edufusion.common.web.DomainProblem}s: {@code skills.notFound}, {@code skills.label.duplicate},
 * {@code skills.label.invalid}, {@code skills.merge.invalid}, {@code skills.broader.unknown}.
 */
public interface SkillCuration {

    /** Adds an ADMIN label or synonym (kind PREFERRED or SYNONYM) in kk, ru or en. */
    SkillLabelView addLabel(String skillUri, String language, String text, String kind);

    void removeLabel(String skillUri, long labelId);

    /**
     * Merges skill {@code from} into {@code into}: labels of {@code from} that {@code into} lacks move to it
     * as synonyms, the others are dropped, and {@code from} (and whatever was merged into it) then points at
     * {@code into}. One transaction.
     */
    void merge(String fromUri, String intoUri);

    /** Creates a CUSTOM skill and answers its new URI. */
    String createCustom(NewCustomSkill skill);
}
