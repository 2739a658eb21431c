package kz.edufusion.programs.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.programs.ProgramSkillsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's use cases for one program: list, read, create, change, delete, and its outcomes, disciplines and
 * cohorts. Every call checks the user's role and organization first (see {@link ProgramAccess}), validates with
 * {@link ProgramRules}, audits the change and publishes {@link ProgramSkillsChanged} in the same transaction when
 * what the gap analysis reads changed. New or changed outcome texts get skill proposals from the engine.
 */
@Service
public class ProgramService {

    private final ProgramStore programs;
    private final ChildStore children;
    private final ProgramRules rules;
    private final ProgramAccess access;
    private final SkillProposer proposer;
    private final SkillLinkStore links;
    private final IdentityDirectory directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ProgramService(ProgramStore programs, ChildStore children, ProgramRules rules, ProgramAccess access,
            SkillProposer proposer, SkillLinkStore links, IdentityDirectory directory, AuditLog audit,
            ApplicationEventPublisher events) {
        this.programs = programs;
        this.children = children;
        this.rules = rules;
        this.access = access;
        this.proposer = proposer;
        this.links = links;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PageResponse<ProgramView> search(CurrentUser user, ProgramFilter filter, PageQuery page) {
        access.requireRegister(user);
        return programs.search(filter, access.readable(user), page);
    }

    @Transactional(readOnly = true)
    public ProgramDetails details(CurrentUser user, UUID id) {
        ProgramView program = readable(user, id);
        return new ProgramDetails(program, children.outcomes(id), children.disciplines(id), children.cohorts(id),
                access.mayEdit(user, program.universityId()));
    }

    /** The program if the user may read it: 404 when there is none, 403 when it is another university's. */
    @Transactional(readOnly = true)
    public ProgramView readable(CurrentUser user, UUID id) {
        access.requireRegister(user);
        ProgramView program = programs.find(id).orElseThrow(() -> DomainProblem.notFound("programs.problem.notFound"));
        access.requireRead(user, program.universityId());
        return program;
    }

    /** The program if the user may change it (403 for another university's, even when they may read it). */
    @Transactional(readOnly = true)
    public ProgramView editable(CurrentUser user, UUID id) {
        ProgramView program = programs.find(id).orElseThrow(() -> DomainProblem.notFound("programs.problem.notFound"));
        access.requireEdit(user, program.universityId());
        return program;
    }

    @Transactional
    public UUID create(CurrentUser user, UUID universityId, ProgramDraft draft) {
        if (universityId == null && access.editable(user).size() == 1) {
            // a coordinator of one university need not name it
            universityId = access.editable(user).get(0);
        }
        if (universityId == null) {
            throw DomainProblem.invalidField("universityId", "programs.problem.university");
        }
        access.requireEdit(user, universityId);
        OrganizationView university = university(universityId);
        ProgramCode code = valid(draft);
        if (programs.idOf(universityId, code.value()).isPresent()) {
            throw new ProgramInvalid(List.of(new FieldProblem("code", "programs.problem.code.taken")));
        }
        UUID id = programs.upsert(universityId, code, draft, region(draft, university));
        audit.record("program.created", "program", id, code.value());
        events.publishEvent(new ProgramSkillsChanged(id));
        return id;
    }

    @Transactional
    public void update(CurrentUser user, UUID id, ProgramDraft draft) {
        ProgramView before = editable(user, id);
        ProgramCode code = valid(draft);
        if (programs.idOf(before.universityId(), code.value()).filter(other -> !other.equals(id)).isPresent()) {
            throw new ProgramInvalid(List.of(new FieldProblem("code", "programs.problem.code.taken")));
        }
        String region = region(draft, university(before.universityId()));
        programs.update(id, code, draft, region);
        audit.record("program.updated", "program", id, code.value());
        if (!region.equals(before.regionCode()) || !code.value().equals(before.code())) {
            events.publishEvent(new ProgramSkillsChanged(id));
        }
    }

    @Transactional
    public void delete(CurrentUser user, UUID id) {
        ProgramView program = editable(user, id);
        programs.delete(id);
        audit.record("program.deleted", "program", id, program.code());
        events.publishEvent(new ProgramSkillsChanged(id));
    }

    @Transactional
    public void saveOutcome(CurrentUser user, UUID id, OutcomeDraft outcome) {
        editable(user, id);
        throwIfAny(rules.check(outcome));
        ChildStore.Saved saved = children.saveOutcome(id, outcome);
        if (saved.textChanged()) {
            links.dropProposals(saved.id());
            proposer.propose(id, saved.id(), null, kz.edufusion.common.LocalizedText.of(outcome.textKk(),
                    outcome.textRu(), outcome.textEn()));
        }
        audit.record("program.outcome.saved", "program", id, outcome.code());
    }

    @Transactional
    public void deleteOutcome(CurrentUser user, UUID id, UUID outcome) {
        editable(user, id);
        if (!children.deleteOutcome(id, outcome)) {
            throw DomainProblem.notFound("programs.problem.childNotFound");
        }
        audit.record("program.outcome.deleted", "program", id, outcome.toString());
        events.publishEvent(new ProgramSkillsChanged(id));
    }

    @Transactional
    public void saveDiscipline(CurrentUser user, UUID id, DisciplineDraft discipline) {
        editable(user, id);
        Set<String> outcomeCodes = children.outcomes(id).stream().map(OutcomeView::code).collect(Collectors.toSet());
        throwIfAny(rules.check(discipline, outcomeCodes));
        ChildStore.Saved saved = children.saveDiscipline(id, discipline);
        if (saved.textChanged()) {
            links.dropProposals(saved.id());
            proposer.propose(id, null, saved.id(), kz.edufusion.common.LocalizedText.of(discipline.titleKk(),
                    discipline.titleRu(), discipline.titleEn()));
        }
        audit.record("program.discipline.saved", "program", id, discipline.code());
        // the disciplines an outcome's confirmed skills are taught in may have changed
        events.publishEvent(new ProgramSkillsChanged(id));
    }

    @Transactional
    public void deleteDiscipline(CurrentUser user, UUID id, UUID discipline) {
        editable(user, id);
        if (!children.deleteDiscipline(id, discipline)) {
            throw DomainProblem.notFound("programs.problem.childNotFound");
        }
        audit.record("program.discipline.deleted", "program", id, discipline.toString());
        events.publishEvent(new ProgramSkillsChanged(id));
    }

    @Transactional
    public void saveCohort(CurrentUser user, UUID id, CohortDraft cohort) {
        editable(user, id);
        throwIfAny(rules.check(cohort));
        children.saveCohort(id, cohort);
        audit.record("program.cohort.saved", "program", id, String.valueOf(cohort.academicYear()));
    }

    @Transactional
    public void deleteCohort(CurrentUser user, UUID id, int year) {
        editable(user, id);
        if (!children.deleteCohort(id, year)) {
            throw DomainProblem.notFound("programs.problem.childNotFound");
        }
        audit.record("program.cohort.deleted", "program", id, String.valueOf(year));
    }

    private ProgramCode valid(ProgramDraft draft) {
        List<FieldProblem> problems = new ArrayList<>(rules.check(draft));
        throwIfAny(problems);
        return ProgramCode.parse(draft.code()).code();
    }

    private OrganizationView university(UUID id) {
        return directory.organization(id).filter(o -> o.type().educational())
                .orElseThrow(() -> DomainProblem.invalidField("universityId", "programs.problem.university"));
    }

    /** The region the draft names, else the university's (a university with none must name one). */
    private static String region(ProgramDraft draft, OrganizationView university) {
        String region = draft.regionCode() != null ? draft.regionCode() : university.regionCode();
        if (region == null) {
            throw new ProgramInvalid(List.of(new FieldProblem("regionCode", "programs.problem.region.required")));
        }
        return region;
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ProgramInvalid(problems);
        }
    }
}
