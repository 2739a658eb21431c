package kz.edufusion.academy.domain;

import java.util.List;
import kz.edufusion.common.LocalizedText;

/**
 * A course as the catalog shows it: the published version (or, for an enrolled learner, the version they follow),
 * its outline with the reader's progress, outcomes, prerequisites and checklist answers, the owner's organization,
 * and the reader's enrollment (null when not enrolled or not signed in). {@code published} is the catalog's version.
 */
public record CoursePage(VersionView version, VersionView published, List<ModuleView> modules, List<OutcomeView> outcomes,
        List<CourseTitle> prerequisites, Checklist checklist, LocalizedText organization, EnrollmentView enrollment,
        boolean owner) {

    /** An enrolled learner on an older version who has not finished may move to the published one. */
    public boolean mayMove() {
        return enrollment != null && !enrollment.completed() && !enrollment.versionId().equals(published.id());
    }
}
