package kz.edufusion.programs;

/** How far a program takes a skill, in the order of the Register's outcome descriptors. */
public enum SkillLevel {
    INTRODUCED, PRACTICED, MASTERED
}
