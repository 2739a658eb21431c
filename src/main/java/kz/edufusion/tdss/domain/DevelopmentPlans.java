package kz.edufusion.tdss.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import kz.edufusion.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An educator's development plan for a period: goals tied to competences of a framework, recommended training for
 * their self-assessed gaps, evidence per goal. The educator drafts and submits it; a UNIVERSITY_COORDINATOR of the
 * plan's institution (its supervisor) approves it or returns it with a comment. Only the owner and those supervisors
 * see a plan: to anyone else its id does not exist.
 */
@Service
public class DevelopmentPlans {

    public static final List<String> GOAL_STATUSES = List.of("PLANNED", "IN_PROGRESS", "ACHIEVED", "DROPPED");

    private final DevelopmentPlanStore store;
    private final Frameworks frameworks;
    private final SelfAssessments assessments;
    private final TrainingPrograms programs;
    private final EvidenceFiles evidenceFiles;
    private final IdentityDirectory directory;
    private final JdbcClient jdbc;

    DevelopmentPlans(DevelopmentPlanStore store, Frameworks frameworks, SelfAssessments assessments, TrainingPrograms programs,
            EvidenceFiles evidenceFiles, IdentityDirectory directory, JdbcClient jdbc) {
        this.store = store;
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.programs = programs;
        this.evidenceFiles = evidenceFiles;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<PlanSummary> mine(CurrentUser user) {
        TdssRoles.educatorOrganization(user);
        return store.ofPerson(user.personId()).stream().map(this::summary).toList();
    }

    /** Plans of the coordinator's institutions, submitted ones first. */
    @Transactional(readOnly = true)
    public List<PlanSummary> toReview(CurrentUser user) {
        return store.ofOrganizations(TdssRoles.requireCoordinator(user)).stream().map(this::summary).toList();
    }

    @Transactional
    public PlanView create(CurrentUser user, String frameworkCode, LocalDate start, LocalDate end) {
        UUID organization = TdssRoles.educatorOrganization(user);
        if (frameworkCode == null || !frameworks.exists(frameworkCode)) {
            throw DomainProblem.invalidField("framework", "tdss.problem.frameworkUnknown");
        }
        if (start == null) {
            throw DomainProblem.invalidField("periodStart", "tdss.problem.dateMissing");
        }
        if (end == null || !end.isAfter(start)) {
            throw DomainProblem.invalidField("periodEnd", "tdss.problem.periodEnd");
        }
        if (store.exists(user.personId(), organization, start)) {
            throw DomainProblem.invalidField("periodStart", "tdss.problem.planExists");
        }
        UUID id = store.create(user.personId(), organization, frameworks.view(frameworkCode).id(), start, end);
        store.step(id, "DRAFT", null, user.personId());
        return view(store.find(id).orElseThrow());
    }

    @Transactional(readOnly = true)
    public PlanView get(CurrentUser user, UUID id) {
        return view(readable(user, id));
    }

    /** Whether the user supervises the plan (a coordinator of its institution who does not own it). */
    public boolean supervises(CurrentUser user, PlanView plan) {
        return !plan.personId().equals(user.personId()) && user.actsFor(plan.organizationId(), Role.UNIVERSITY_COORDINATOR);
    }

    @Transactional
    public PlanView addGoal(CurrentUser user, UUID planId, GoalInput in) {
        DevelopmentPlanStore.PlanRow plan = editable(user, planId);
        FrameworkView framework = frameworks.view(plan.frameworkCode());
        if (in.competence() == null || in.competence().isBlank()) {
            throw DomainProblem.invalidField("competence", "tdss.problem.goalCompetence");
        }
        ItemView competence = framework.competences().stream().filter(c -> c.code().equals(in.competence().trim())).findFirst()
                .orElseThrow(() -> DomainProblem.invalidField("competence", "tdss.problem.competenceUnknown", in.competence()));
        ItemView level = in.targetLevel() == null ? null : framework.levelByCode(in.targetLevel());
        if (level == null) {
            throw DomainProblem.invalidField("targetLevel", "tdss.problem.levelUnknown", String.valueOf(in.targetLevel()));
        }
        if (in.dueOn() == null) {
            throw DomainProblem.invalidField("dueOn", "tdss.problem.dateMissing");
        }
        if (in.dueOn().isBefore(plan.periodStart())) {
            throw DomainProblem.invalidField("dueOn", "tdss.problem.dueBeforeStart", plan.periodStart());
        }
        if (in.dueOn().isAfter(plan.periodEnd())) {
            throw DomainProblem.invalidField("dueOn", "tdss.problem.dueAfterEnd", plan.periodEnd());
        }
        UUID program = null;
        if (in.programId() != null) {
            program = programs.find(in.programId())
                    .filter(p -> p.organizationId() == null || p.organizationId().equals(plan.organizationId()))
                    .orElseThrow(() -> DomainProblem.invalidField("programId", "tdss.problem.programNotFound")).id();
        }
        String description = in.description() == null ? "" : in.description().trim();
        if (description.length() > 2000) {
            throw DomainProblem.invalidField("description", "tdss.problem.tooLong", 2000);
        }
        store.addGoal(planId, competence.id(), level.rank(), in.dueOn(), program, description);
        return view(plan);
    }

    /** The owner tracks a goal's progress at any time, also after approval. */
    @Transactional
    public PlanView goalStatus(CurrentUser user, UUID planId, UUID goalId, String status) {
        DevelopmentPlanStore.PlanRow plan = owned(user, planId);
        requireGoal(planId, goalId);
        if (status == null || !GOAL_STATUSES.contains(status)) {
            throw DomainProblem.invalidField("status", "tdss.problem.choice", String.join(", ", GOAL_STATUSES));
        }
        store.goalStatus(goalId, status);
        return view(plan);
    }

    @Transactional
    public PlanView addEvidence(CurrentUser user, UUID planId, UUID goalId, String fileName, byte[] bytes) {
        DevelopmentPlanStore.PlanRow plan = owned(user, planId);
        requireGoal(planId, goalId);
        store.addEvidence(goalId, evidenceFiles.check("file", fileName, bytes));
        return view(plan);
    }

    @Transactional(readOnly = true)
    public EvidenceFile evidence(CurrentUser user, UUID planId, UUID evidenceId) {
        readable(user, planId);
        return store.evidenceFile(planId, evidenceId).orElseThrow(() -> DomainProblem.notFound("tdss.problem.evidenceNotFound"));
    }

    @Transactional
    public PlanView submit(CurrentUser user, UUID planId) {
        DevelopmentPlanStore.PlanRow plan = editable(user, planId);
        if (store.goalCount(planId) == 0) {
            throw DomainProblem.invalidField("goals", "tdss.problem.noGoals");
        }
        store.move(planId, "SUBMITTED", null, user.personId());
        return view(store.find(plan.id()).orElseThrow());
    }

    @Transactional
    public PlanView approve(CurrentUser user, UUID planId, String comment) {
        DevelopmentPlanStore.PlanRow plan = submitted(user, planId);
        store.move(plan.id(), "APPROVED", blankToNull(comment), user.personId());
        return view(store.find(plan.id()).orElseThrow());
    }

    @Transactional
    public PlanView sendBack(CurrentUser user, UUID planId, String comment) {
        DevelopmentPlanStore.PlanRow plan = submitted(user, planId);
        if (blankToNull(comment) == null) {
            throw DomainProblem.invalidField("comment", "tdss.problem.commentMissing");
        }
        store.move(plan.id(), "RETURNED", comment.trim(), user.personId());
        return view(store.find(plan.id()).orElseThrow());
    }

    /**
     * Programs developing the competences where the owner's self-assessment is below target, those covering more
     * gaps first: programs of the plan's institution and platform-wide ones.
     */
    @Transactional(readOnly = true)
    public List<Recommendation> recommendations(CurrentUser user, UUID planId) {
        return recommendationsFor(readable(user, planId));
    }

    private List<Recommendation> recommendationsFor(DevelopmentPlanStore.PlanRow plan) {
        FrameworkView framework = frameworks.view(plan.frameworkCode());
        Set<String> gaps = assessments.profileOf(plan.personId(), framework).competences().stream()
                .filter(c -> c.gap() > 0).map(CompetenceRating::code).collect(Collectors.toSet());
        if (gaps.isEmpty()) {
            return List.of();
        }
        record Covered(UUID program, List<String> codes) {
        }
        List<Covered> covered = jdbc.sql("""
                SELECT p.id, array_agg(i.code ORDER BY i.position) AS codes
                FROM tdss.training_program p JOIN tdss.training_program_competence pc ON pc.program_id = p.id
                JOIN tdss.item i ON i.id = pc.item_id
                WHERE i.framework_id = ? AND i.code = ANY(?) AND (p.organization_id IS NULL OR p.organization_id = ?)
                GROUP BY p.id ORDER BY count(*) DESC, min(p.title_en)""")
                .params(framework.id(), gaps.toArray(String[]::new), plan.organizationId())
                .query((rs, n) -> new Covered(rs.getObject(1, UUID.class), List.of((String[]) rs.getArray(2).getArray())))
                .list();
        List<Recommendation> result = new ArrayList<>();
        covered.forEach(c -> programs.find(c.program()).ifPresent(p -> result.add(new Recommendation(p, c.codes()))));
        return result;
    }

    private DevelopmentPlanStore.PlanRow readable(CurrentUser user, UUID id) {
        TdssRoles.requireEducatorOrCoordinator(user);
        return store.find(id).filter(p -> p.personId().equals(user.personId())
                        || user.actsFor(p.organizationId(), Role.UNIVERSITY_COORDINATOR))
                .orElseThrow(() -> DomainProblem.notFound("tdss.problem.planNotFound"));
    }

    private DevelopmentPlanStore.PlanRow owned(CurrentUser user, UUID id) {
        TdssRoles.educatorOrganization(user);
        return store.find(id).filter(p -> p.personId().equals(user.personId()))
                .orElseThrow(() -> DomainProblem.notFound("tdss.problem.planNotFound"));
    }

    private DevelopmentPlanStore.PlanRow editable(CurrentUser user, UUID id) {
        DevelopmentPlanStore.PlanRow plan = owned(user, id);
        if (!"DRAFT".equals(plan.status()) && !"RETURNED".equals(plan.status())) {
            throw DomainProblem.conflict("tdss.problem.planNotEditable");
        }
        return plan;
    }

    private DevelopmentPlanStore.PlanRow submitted(CurrentUser user, UUID id) {
        TdssRoles.requireCoordinator(user);
        DevelopmentPlanStore.PlanRow plan = store.find(id).filter(p -> user.actsFor(p.organizationId(), Role.UNIVERSITY_COORDINATOR))
                .orElseThrow(() -> DomainProblem.notFound("tdss.problem.planNotFound"));
        if (plan.personId().equals(user.personId())) {
            throw new AccessDeniedException("nobody supervises their own plan");
        }
        if (!"SUBMITTED".equals(plan.status())) {
            throw DomainProblem.conflict("tdss.problem.planNotSubmitted");
        }
        return plan;
    }

    private void requireGoal(UUID planId, UUID goalId) {
        if (!store.goalOf(planId, goalId)) {
            throw DomainProblem.notFound("tdss.problem.goalNotFound");
        }
    }

    private PlanView view(DevelopmentPlanStore.PlanRow p) {
        return new PlanView(p.id(), p.personId(), name(p.personId()), p.organizationId(), p.frameworkCode(), p.periodStart(),
                p.periodEnd(), p.status(), p.supervisorComment(), store.goals(p.id()), store.history(p.id()));
    }

    private PlanSummary summary(DevelopmentPlanStore.PlanRow p) {
        return new PlanSummary(p.id(), p.personId(), name(p.personId()), p.frameworkCode(), p.periodStart(), p.periodEnd(),
                p.status(), store.goalCount(p.id()));
    }

    private String name(UUID personId) {
        return directory.person(personId).map(PersonView::fullName).orElse("");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
