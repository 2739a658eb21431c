package kz.edufusion.skills;

/** One term of the dictionary the extraction engine builds: a label of a skill (merged skills already redirected). */
public record SkillTerm(String uri, String language, String text, String kind) {
}
