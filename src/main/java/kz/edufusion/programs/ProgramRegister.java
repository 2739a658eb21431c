package kz.edufusion.programs;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The register as the gap analysis reads it: every program with the skills it teaches (confirmed links only, each
 * skill at the highest level any of its outcomes or disciplines reaches), its target occupations and sectors, and
 * its latest intake and graduates; and the catalog of disciplines of all programs with their confirmed skills,
 * from which the analysis recommends what would close a gap; and a program's learning outcomes. Read-only and unscoped: callers show results only
 * to users allowed to see them.
 */
public interface ProgramRegister {

    /** All programs of the register, in university and code order. */
    List<AlignmentProgram> alignmentPrograms();

    Optional<AlignmentProgram> alignmentProgram(UUID programId);

    /**
     * The learning outcomes of the university's program with that code, in the program's order; empty when the
     * university has no such program (the practice plan of a placement ties assignments to them).
     */
    List<ProgramOutcomeView> outcomes(UUID universityId, String programCode);

    /** Every discipline that has at least one confirmed skill. */
    List<CatalogDiscipline> disciplineCatalog();
}
