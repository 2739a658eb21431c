package kz.edufusion.academy;

import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.domain.AssignmentAuthoring;
import kz.edufusion.academy.domain.AssignmentInput;
import kz.edufusion.academy.domain.CriterionInput;
import kz.edufusion.academy.domain.LevelInput;
import kz.edufusion.academy.domain.Resubmission;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.CurrentUser;

/** Assignments with a two-criterion rubric (best 4 + 2 = 6 points), for the assignment tests. */
final class AssignmentFixtures {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private AssignmentFixtures() {
    }

    static AssignmentInput input(String title, String markdown, Resubmission resubmission) {
        return new AssignmentInput(LocalizedText.of(null, null, title), LocalizedText.of(null, null, markdown), 50, true, true, 1,
                null, resubmission);
    }

    static LevelInput level(String label, Integer points) {
        return new LevelInput(LocalizedText.of(null, null, label), points, LocalizedText.of(null, null, label + " work"));
    }

    static CriterionInput criterion(String title, LevelInput... levels) {
        return new CriterionInput(LocalizedText.of(null, null, title), LocalizedText.of(null, null, "About " + title), List.of(levels));
    }

    /** An assignment in the draft's module with criteria Analysis (4/2/0) and Clarity (2/0); answers its id. */
    static UUID withRubric(AssignmentAuthoring authoring, CurrentUser owner, UUID moduleId, Resubmission resubmission) {
        UUID id = authoring.create(owner, moduleId, input("Business plan", "Write a **plan**.", resubmission));
        authoring.addCriterion(owner, id, criterion("Analysis", level("Excellent", 4), level("Fair", 2), level("Missing", 0)));
        authoring.addCriterion(owner, id, criterion("Clarity", level("Clear", 2), level("Unclear", 0)));
        return id;
    }
}
