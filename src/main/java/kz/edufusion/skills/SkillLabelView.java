package kz.edufusion.skills;

/** One label of a skill: kind PREFERRED, ALT, HIDDEN or SYNONYM; origin ESCO, CURATED or ADMIN. */
public record SkillLabelView(long id, String language, String text, String kind, String origin) {
}
