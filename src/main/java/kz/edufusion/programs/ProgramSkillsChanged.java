package kz.edufusion.programs;

import java.util.UUID;

/**
 * Published (after commit) whenever what the gap analysis reads of a program changed: its confirmed skills or
 * their levels, its target occupations or sectors, its region, or the program was created, imported or deleted.
 */
public record ProgramSkillsChanged(UUID programId) {
}
