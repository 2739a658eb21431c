package kz.edufusion.programs.domain;

/** Intake and graduates of one academic year (the year it starts: 2025 means 2025-2026). */
public record CohortDraft(Integer academicYear, Integer intake, Integer graduates) {
}
