package kz.edufusion.academy.accreditation;

import kz.edufusion.academy.domain.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.domain.AcademyInputRejected;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checklist of standards, kept by QA reviewers and platform administrators (403 for anyone else): add, edit,
 * deactivate and reactivate; delete only a criterion no review holds (a used one can only be deactivated). Reviews
 * started earlier keep their own snapshot, so editing a criterion never rewrites a review.
 */
@Service
@Transactional
public class Criteria {

    private final AccreditationStore store;
    private final AuditLog audit;

    Criteria(AccreditationStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<AccreditationCriterion> all(CurrentUser user) {
        Reviewers.requireCurator(user);
        return store.criteria(false);
    }

    /** The criteria a review started now would hold. */
    @Transactional(readOnly = true)
    public List<AccreditationCriterion> active() {
        return store.criteria(true);
    }

    public UUID add(CurrentUser user, AccreditationCriterionInput input) {
        Reviewers.requireCurator(user);
        List<FieldProblem> problems = new ArrayList<>(input.problems(true));
        if (problems.isEmpty() && store.codeTaken(input.code().strip())) {
            problems.add(new FieldProblem("code", "academy.accreditation.validation.codeTaken"));
        }
        reject(problems);
        UUID id = UUID.randomUUID();
        store.insertCriterion(id, input.code().strip(), Texts.stripped(input.text()), input.position());
        audit.record("academy.accreditation.criterion.added", "accreditation-criterion", id, input.code().strip());
        return id;
    }

    public void update(CurrentUser user, UUID id, AccreditationCriterionInput input) {
        Reviewers.requireCurator(user);
        reject(input.problems(false));
        if (store.updateCriterion(id, Texts.stripped(input.text()), input.position()) != 1) {
            throw notFound();
        }
        audit.record("academy.accreditation.criterion.changed", "accreditation-criterion", id, null);
    }

    public void setActive(CurrentUser user, UUID id, boolean active) {
        Reviewers.requireCurator(user);
        if (store.setActive(id, active) != 1) {
            throw notFound();
        }
        audit.record(active ? "academy.accreditation.criterion.activated" : "academy.accreditation.criterion.deactivated",
                "accreditation-criterion", id, null);
    }

    /** Deletes a criterion no review holds; a used one is refused (409): deactivate it instead. */
    public void delete(CurrentUser user, UUID id) {
        Reviewers.requireCurator(user);
        if (store.criteria(false).stream().noneMatch(c -> c.id().equals(id))) {
            throw notFound();
        }
        if (store.deleteUnused(id) != 1) {
            throw DomainProblem.conflict("academy.accreditation.problem.criterionInUse");
        }
        audit.record("academy.accreditation.criterion.deleted", "accreditation-criterion", id, null);
    }

    private static void reject(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new AcademyInputRejected(problems);
        }
    }

    private static DomainProblem notFound() {
        return DomainProblem.notFound("academy.accreditation.problem.criterionNotFound");
    }
}
