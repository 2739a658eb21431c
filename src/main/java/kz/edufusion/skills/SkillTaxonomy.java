package kz.edufusion.skills;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;

/**
 * The skill taxonomy as other modules read it. A skill that an administrator merged into another is
 * answered with its target everywhere: lookups, search results and the terms of {@link #allTerms()}.
 */
public interface SkillTaxonomy {

    /** The skill with that URI, or the skill it was merged into. */
    Optional<SkillView> find(String uri);

    /** By URI or by the last segment of the URI (the ESCO UUID or a custom skill's slug). */
    Optional<SkillView> findById(String idOrUri);

    Optional<SkillDetails> details(String uri);

    /**
     * Ranked search over every label in every language: exact label matches first, then prefix, then
     * contains; within each, preferred labels before alternatives and synonyms, labels in {@code language}
     * before others, shorter before longer. A blank query lists all skills alphabetically.
     */
    PageResponse<SkillHit> search(String q, String language, PageQuery page);

    /** The labels of the skill (after following a merge), preferred first. */
    List<SkillLabelView> labels(String uri);

    /**
     * Every label of every skill as (uri, language, text, kind, origin, the skill's broader concept), with merged
     * skills redirected to their target (as owner and as broader concept), for the extraction engine's dictionary. The stream holds a database connection: close it
     * (try-with-resources).
     */
    Stream<SkillTerm> allTerms();

    /**
     * A number that moves whenever the terms of {@link #allTerms()} may have changed (an administrator's
     * edit or merge, an import that wrote something). One primary-key read: cheap enough to poll.
     */
    long revision();

    SkillCounts counts();

    /**
     * The skills of an ESCO occupation (by its URI) from ESCO's occupation-skill relations, essential ones first,
     * then by English label; empty for an unknown occupation or when the relations were never imported.
     */
    List<OccupationSkill> skillsOfOccupation(String occupationUri);

    /**
     * The URIs of the ESCO occupations that need the skill (after following a merge, so the duplicates merged
     * into it count too): those needing it as essential first, then by URI.
     */
    List<String> occupationsRequiring(String skillUri);

    /**
     * How many occupations need the skill; empty when ESCO's occupation-skill relations have not been imported
     * (they come only with an operator's full ESCO download), so "none" and "not known" stay apart.
     */
    Optional<OccupationDemand> occupationDemand(String skillUri);
}
