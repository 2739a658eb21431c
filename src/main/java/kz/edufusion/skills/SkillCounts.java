package kz.edufusion.skills;

/** Sizes of the taxonomy, for dashboards and the admin page. Skills merged into another are counted apart. */
public record SkillCounts(long skills, long escoSkills, long customSkills, long mergedSkills, long labels,
        long labelsKk, long labelsRu, long labelsEn, long groups, long relations) {
}
