package kz.edufusion.identity.domain;

import java.util.Locale;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.LocalePreferenceStore;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.PersonView;
import kz.edufusion.identity.Role;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administration of people: search, enable/disable, unlock, roles; and each user's language choice. */
@Service
public class PeopleService implements LocalePreferenceStore {

    private final PersonRepository people;
    private final OrganizationRepository organizations;
    private final IdentityViews views;
    private final AuditLog audit;

    PeopleService(PersonRepository people, OrganizationRepository organizations, IdentityViews views, AuditLog audit) {
        this.people = people;
        this.organizations = organizations;
        this.views = views;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public PageResponse<PersonView> search(String q, Role role, UUID organization, PageQuery page) {
        String pattern = q == null || q.isBlank() ? "" : "%" + q.strip().toLowerCase(Locale.ROOT) + "%";
        var result = people.search(pattern, role, organization, page.pageable(Sort.by("fullName")));
        return new PageResponse<>(views.views(result.getContent()), result.getNumber(), result.getSize(),
                result.getTotalElements(), result.getTotalPages());
    }

    @Transactional(readOnly = true)
    public PersonView find(UUID id) {
        return views.view(load(id));
    }

    /** Whether an account uses the address, e.g. to tell an invited newcomer from an existing user. */
    @Transactional(readOnly = true)
    public boolean exists(String email) {
        return people.existsByEmail(Person.normalizeEmail(email));
    }

    @Transactional
    public PersonView setEnabled(UUID id, boolean enabled) {
        Person person = load(id);
        person.setEnabled(enabled);
        audit.record(enabled ? "person.enabled" : "person.disabled", "person", id, person.email());
        return views.view(person);
    }

    @Transactional
    public PersonView unlock(UUID id) {
        Person person = load(id);
        person.unlock();
        audit.record("person.unlocked", "person", id, person.email());
        return views.view(person);
    }

    @Transactional
    public PersonView grant(UUID id, UUID organizationId, Role role) {
        Person person = load(id);
        Organization organization = organizations.findById(organizationId)
                .orElseThrow(() -> DomainProblem.notFound("organization.problem.notFound"));
        if (!role.fits(organization.type())) {
            throw DomainProblem.invalid("membership.problem.roleDoesNotFit");
        }
        if (person.grant(organizationId, role)) {
            audit.record("membership.granted", "person", id, role + " @ " + organizationId);
        }
        return views.view(person);
    }

    @Transactional
    public PersonView revoke(UUID id, UUID organizationId, Role role) {
        Person person = load(id);
        if (person.revoke(organizationId, role)) {
            audit.record("membership.revoked", "person", id, role + " @ " + organizationId);
        }
        return views.view(person);
    }

    @Override
    @Transactional
    public void remember(Authentication user, Locale locale) {
        if (user.getPrincipal() instanceof CurrentUser current) {
            people.findById(current.personId()).ifPresent(p -> p.preferLanguage(locale.getLanguage()));
        }
    }

    private Person load(UUID id) {
        return people.findById(id).orElseThrow(() -> DomainProblem.notFound("person.problem.notFound"));
    }
}
