package kz.edufusion.placements.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.PlacementParty;
import kz.edufusion.placements.domain.PlacementInputRejected;
import kz.edufusion.placements.domain.PlacementParticipation;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.placements.domain.PlacementView;
import kz.edufusion.placements.domain.SkillChoice;
import kz.edufusion.placements.domain.SkillChoices;
import kz.edufusion.programs.ProgramOutcomeView;
import kz.edufusion.programs.ProgramRegister;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice plan of a placement: individual assignments tied to learning outcomes of the student's program (read
 * through the programs register) and to taxonomy skills. Every party reads it; the tutor, the mentor and the
 * coordinators of the student's university edit it while the placement holds the student's time.
 */
@Service
@Transactional
public class PracticePlan {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 4000;

    private final PlacementRegistry placements;
    private final PlanStore store;
    private final ProgramRegister programs;
    private final SkillChoices skills;
    private final AuditLog audit;

    PracticePlan(PlacementRegistry placements, PlanStore store, ProgramRegister programs, SkillChoices skills, AuditLog audit) {
        this.placements = placements;
        this.store = store;
        this.programs = programs;
        this.skills = skills;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public PlanView plan(CurrentUser user, UUID placementId) {
        PlacementParticipation participation = placements.participation(user, placementId);
        PlacementView p = participation.placement();
        String program = store.programCode(p.studentId()).orElse(null);
        List<ProgramOutcomeView> outcomes = programs.outcomes(p.universityId(), program);
        Map<String, ProgramOutcomeView> byCode = outcomes.stream()
                .collect(Collectors.toMap(ProgramOutcomeView::code, Function.identity(), (a, b) -> a));
        List<AssignmentView> assignments = store.assignments(placementId).stream().map(row -> new AssignmentView(row.id(),
                row.position(), row.title(), row.description(), row.dueOn(),
                row.outcomeCodes().stream().map(c -> byCode.getOrDefault(c, new ProgramOutcomeView(c, LocalizedText.of(c, c, c))))
                        .toList(),
                skills.labels(row.skillUris()))).toList();
        return new PlanView(p, participation.parties(), editor(participation), program, outcomes, assignments);
    }

    public UUID add(CurrentUser user, UUID placementId, AssignmentCommand command) {
        PlacementView p = editable(user, placementId);
        Checked checked = check(p, command);
        UUID id = store.insert(placementId, checked.title, checked.description, checked.dueOn, command.outcomeCodes(),
                checked.skillUris == null ? List.of() : checked.skillUris, user.personId());
        audit.record("placements.plan.added", "placement", placementId, "assignment " + id);
        return id;
    }

    public void update(CurrentUser user, UUID placementId, UUID assignmentId, AssignmentCommand command) {
        PlacementView p = editable(user, placementId);
        requireAssignment(placementId, assignmentId);
        Checked checked = check(p, command);
        store.update(assignmentId, checked.title, checked.description, checked.dueOn, command.outcomeCodes(), checked.skillUris);
        audit.record("placements.plan.updated", "placement", placementId, "assignment " + assignmentId);
    }

    public void remove(CurrentUser user, UUID placementId, UUID assignmentId) {
        editable(user, placementId);
        requireAssignment(placementId, assignmentId);
        store.delete(assignmentId);
        audit.record("placements.plan.removed", "placement", placementId, "assignment " + assignmentId);
    }

    public void addSkill(CurrentUser user, UUID placementId, UUID assignmentId, String skillUri) {
        editable(user, placementId);
        requireAssignment(placementId, assignmentId);
        List<SkillChoice> found = skillUri == null ? List.of() : skills.labels(List.of(skillUri.strip()));
        if (found.isEmpty()) {
            throw DomainProblem.invalidField("skillUri", Inputs.PREFIX + "skillUnknown");
        }
        store.addSkill(assignmentId, found.get(0).uri());
    }

    public void removeSkill(CurrentUser user, UUID placementId, UUID assignmentId, String skillUri) {
        editable(user, placementId);
        requireAssignment(placementId, assignmentId);
        store.removeSkill(assignmentId, skillUri);
    }

    /** The placement when the user may edit its plan now; 404 for a party who only reads, 409 once it is over. */
    private PlacementView editable(CurrentUser user, UUID placementId) {
        PlacementParticipation participation = placements.participation(user, placementId);
        if (!editor(participation)) {
            throw DomainProblem.notFound("placements.problem.notFound");
        }
        if (!participation.placement().status().holdsTime()) {
            throw DomainProblem.conflict("placements.supervision.problem.planClosed");
        }
        return participation.placement();
    }

    private static boolean editor(PlacementParticipation participation) {
        return participation.isAny(PlacementParty.TUTOR, PlacementParty.MENTOR, PlacementParty.UNIVERSITY);
    }

    private void requireAssignment(UUID placementId, UUID assignmentId) {
        if (assignmentId == null || !store.belongs(placementId, assignmentId)) {
            throw DomainProblem.notFound("placements.problem.notFound");
        }
    }

    private record Checked(String title, String description, LocalDate dueOn, List<String> skillUris) {
    }

    private Checked check(PlacementView p, AssignmentCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = Inputs.text(command.title(), "title", MAX_TITLE, true, problems);
        String description = Inputs.text(command.description(), "description", MAX_TEXT, false, problems);
        LocalDate dueOn = Inputs.date(command.dueOn(), "dueOn", false, problems);
        if (dueOn != null && (dueOn.isBefore(p.startsOn()) || dueOn.isAfter(p.endsOn()))) {
            problems.add(new FieldProblem("dueOn", Inputs.PREFIX + "dueOutside"));
        }
        List<String> known = programs.outcomes(p.universityId(), store.programCode(p.studentId()).orElse(null)).stream()
                .map(ProgramOutcomeView::code).toList();
        if (!known.containsAll(command.outcomeCodes())) {
            problems.add(new FieldProblem("outcomeCodes", Inputs.PREFIX + "outcomeUnknown"));
        }
        List<String> uris = command.skillUris() == null ? List.of() : command.skillUris();
        List<SkillChoice> found = skills.labels(uris);
        if (found.size() != uris.size()) {
            problems.add(new FieldProblem("skillUris", Inputs.PREFIX + "skillUnknown"));
        }
        if (!problems.isEmpty()) {
            throw new PlacementInputRejected(problems);
        }
        return new Checked(title, description, dueOn,
                command.skillUris() == null ? null : found.stream().map(SkillChoice::uri).distinct().toList());
    }
}
