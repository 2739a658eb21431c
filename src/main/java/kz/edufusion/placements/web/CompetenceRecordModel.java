package kz.edufusion.placements.web;

import java.util.List;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.evaluation.CompetenceRecord;
import kz.edufusion.placements.evaluation.CompetenceRecords;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The student's competence records for the placement profile page (its template includes them as a fragment). */
@ControllerAdvice(assignableTypes = ProfileController.class)
class CompetenceRecordModel {

    private final CompetenceRecords records;

    CompetenceRecordModel(CompetenceRecords records) {
        this.records = records;
    }

    @ModelAttribute("competenceRecords")
    List<CompetenceRecord> competenceRecords(@AuthenticationPrincipal CurrentUser user) {
        return user == null ? List.of() : records.mine(user);
    }
}
