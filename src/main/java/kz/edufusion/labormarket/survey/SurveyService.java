package kz.edufusion.labormarket.survey;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.Role;
import kz.edufusion.labormarket.EmployerSurveys;
import kz.edufusion.labormarket.SurveyAnswer;
import kz.edufusion.labormarket.SurveyAnswer.Status;
import kz.edufusion.labormarket.SurveyDraft;
import kz.edufusion.labormarket.SurveyQuarter;
import kz.edufusion.labormarket.SurveyResults;
import kz.edufusion.labormarket.survey.SurveyInputCheck.Checked;
import kz.edufusion.labormarket.survey.SurveyStore.StoredResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The survey's use cases with their authorization: who may read and write which company's answer, and when. */
@Service
class SurveyService implements EmployerSurveys {

    private final SurveyStore store;
    private final SurveyInputCheck check;
    private final SurveyLookups lookups;
    private final SurveyResultsAssembler results;
    private final IdentityDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    SurveyService(SurveyStore store, SurveyInputCheck check, SurveyLookups lookups, SurveyResultsAssembler results,
            IdentityDirectory directory, AuditLog audit, ObjectProvider<Clock> clock) {
        this.store = store;
        this.check = check;
        this.lookups = lookups;
        this.results = results;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public SurveyQuarter currentQuarter() {
        return SurveyQuarter.at(clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SurveyAnswer> answer(CurrentUser user, SurveyQuarter quarter, UUID organizationId) {
        requireReader(user, organizationId);
        return store.find(quarter, organizationId).map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SurveyAnswer> history(CurrentUser user, UUID organizationId) {
        requireReader(user, organizationId);
        return store.ofOrganization(organizationId).stream().map(this::view).toList();
    }

    @Override
    @Transactional
    public SurveyAnswer save(CurrentUser user, SurveyQuarter quarter, UUID organizationId, SurveyDraft draft, boolean submit) {
        requireRepresentative(user, organizationId);
        if (!quarter.openAt(clock.instant())) {
            throw DomainProblem.conflict(quarter.compareTo(currentQuarter()) < 0
                    ? "lm.survey.problem.closed" : "lm.survey.problem.notOpen", quarter.toString());
        }
        Checked checked = check.check(draft, submit, user.language());
        Status status = submit ? Status.SUBMITTED : Status.DRAFT;
        long id = store.save(quarter, organizationId, user.personId(), status, checked.comment(), checked.needs(), checked.hires());
        audit.record(submit ? "labormarket.survey.submitted" : "labormarket.survey.draftSaved", "survey_response", id,
                "quarter=" + quarter + " organization=" + organizationId + " skills=" + checked.needs().size()
                        + " hires=" + checked.hires().size());
        return store.find(quarter, organizationId).map(this::view).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public SurveyResults results(SurveyQuarter quarter) {
        return results.assemble(quarter, true);
    }

    @Override
    @Transactional(readOnly = true)
    public SurveyResults results(CurrentUser user, SurveyQuarter quarter) {
        if (!user.isAdmin() && !user.has(Role.MINISTRY_ANALYST) && !user.has(Role.UNIVERSITY_COORDINATOR)) {
            throw new AccessDeniedException("survey results are for administrators, analysts and coordinators");
        }
        return results.assemble(quarter, !user.isAdmin());
    }

    @Override
    public List<SurveyQuarter> quarters() {
        TreeSet<SurveyQuarter> quarters = new TreeSet<>(Comparator.reverseOrder());
        quarters.addAll(store.quarters());
        quarters.add(currentQuarter());
        return List.copyOf(quarters);
    }

    private void requireReader(CurrentUser user, UUID organizationId) {
        if (!user.isAdmin()) {
            requireRepresentative(user, organizationId);
        }
    }

    /** Same answer for a company of someone else and for an id that names no company: nothing to learn by guessing. */
    private void requireRepresentative(CurrentUser user, UUID organizationId) {
        boolean activeCompany = user.actsFor(organizationId, Role.COMPANY_REPRESENTATIVE)
                && directory.organization(organizationId)
                        .filter(o -> o.type() == OrganizationType.COMPANY && o.status() == OrganizationStatus.ACTIVE).isPresent();
        if (!activeCompany) {
            throw new AccessDeniedException("not a representative of organization " + organizationId);
        }
    }

    private SurveyAnswer view(StoredResponse r) {
        SurveyLookups.Labels labels = lookups.labels();
        return new SurveyAnswer(r.id(), r.quarter(), r.organizationId(), r.respondentId(), r.status(), r.comment(),
                r.submittedAt(), r.updatedAt(),
                store.needs(r.id()).stream().map(n -> new SurveyAnswer.SkillNeed(n.skillUri(), labels.skill(n.skillUri()),
                        n.importance(), n.horizonYears())).toList(),
                store.hires(r.id()).stream().map(h -> new SurveyAnswer.Hiring(h.occupationUri(), labels.occupation(h.occupationUri()),
                        h.regionCode(), labels.region(h.regionCode()), h.expectedHires(), h.horizonYears())).toList());
    }
}
