package kz.edufusion.academy.domain;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** An assignment of a version with its rubric; {@code instructionsHtml} is the stored, sanitised rendering. */
public record AssignmentView(UUID id, UUID versionId, UUID moduleId, UUID assignmentKey, int position, LocalizedText title,
        LocalizedText instructions, LocalizedText instructionsHtml, int passPercent, boolean acceptsText, boolean acceptsFile,
        int fileMaxMb, Integer dueDays, Resubmission resubmission, List<RubricCriterion> criteria) {

    public int maxPoints() {
        return criteria.stream().mapToInt(RubricCriterion::maxPoints).sum();
    }

    AssignmentView withCriteria(List<RubricCriterion> rubric) {
        return new AssignmentView(id, versionId, moduleId, assignmentKey, position, title, instructions, instructionsHtml,
                passPercent, acceptsText, acceptsFile, fileMaxMb, dueDays, resubmission, rubric);
    }
}
