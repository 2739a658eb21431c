package kz.edufusion.identity.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.identity.Role;
import kz.edufusion.reference.ReferenceData;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating organizations and moving them through approval and suspension. */
@Service
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final PersonRepository people;
    private final ReferenceData reference;
    private final IdentityMails mails;
    private final AuditLog audit;

    OrganizationService(OrganizationRepository organizations, PersonRepository people, ReferenceData reference,
            IdentityMails mails, AuditLog audit) {
        this.organizations = organizations;
        this.people = people;
        this.reference = reference;
        this.mails = mails;
        this.audit = audit;
    }

    public record NewOrganization(OrganizationType type, LocalizedText name, String shortName, String bin,
            String regionCode, String okedSection, String website) {
    }

    @Transactional
    public OrganizationView create(NewOrganization command, OrganizationStatus status) {
        if (command.regionCode() != null && !command.regionCode().isBlank() && !reference.regionExists(command.regionCode())) {
            throw DomainProblem.invalid("organization.problem.regionUnknown");
        }
        if (command.bin() != null && !command.bin().isBlank() && organizations.existsByBin(command.bin().strip())) {
            throw DomainProblem.conflict("organization.problem.binTaken");
        }
        if (command.shortName() != null && !command.shortName().isBlank()
                && organizations.existsByShortNameIgnoreCase(command.shortName().strip())) {
            throw DomainProblem.conflict("organization.problem.shortNameTaken");
        }
        Organization organization = organizations.save(new Organization(command.type(), status, command.name(),
                command.shortName(), command.bin(), command.regionCode(), command.okedSection(), command.website()));
        audit.record("organization.created", "organization", organization.id(), command.type() + " " + status);
        return IdentityViews.view(organization);
    }

    @Transactional
    public OrganizationView approve(UUID id) {
        Organization organization = load(id);
        organization.approve();
        audit.record("organization.approved", "organization", id, null);
        // the representatives were told at sign-up that they would hear from us
        for (Person representative : people.findMembers(id, Role.COMPANY_REPRESENTATIVE)) {
            mails.organizationApproved(representative.email(), representative.preferredLanguage(), representative.fullName(),
                    organization.name().in(representative.preferredLanguage()));
        }
        return IdentityViews.view(organization);
    }

    @Transactional
    public OrganizationView suspend(UUID id, String reason) {
        Organization organization = load(id);
        organization.suspend(reason);
        audit.record("organization.suspended", "organization", id, reason);
        return IdentityViews.view(organization);
    }

    @Transactional
    public OrganizationView reactivate(UUID id) {
        Organization organization = load(id);
        organization.reactivate();
        audit.record("organization.reactivated", "organization", id, null);
        return IdentityViews.view(organization);
    }

    @Transactional(readOnly = true)
    public OrganizationView find(UUID id) {
        return IdentityViews.view(load(id));
    }

    @Transactional(readOnly = true)
    public PageResponse<OrganizationView> search(OrganizationType type, OrganizationStatus status, String q, PageQuery page) {
        String pattern = q == null || q.isBlank() ? "" : "%" + q.strip().toLowerCase(Locale.ROOT) + "%";
        return PageResponse.of(organizations.search(type, status, pattern,
                page.pageable(Sort.by("status").descending().and(Sort.by("nameEn", "nameRu")))), IdentityViews::view);
    }

    /** Universities and colleges a student may register at. */
    @Transactional(readOnly = true)
    public List<OrganizationView> activeEducational() {
        return organizations.findByTypeInAndStatusOrderByShortName(
                EnumSet.of(OrganizationType.UNIVERSITY, OrganizationType.COLLEGE), OrganizationStatus.ACTIVE)
                .stream().map(IdentityViews::view).toList();
    }

    private Organization load(UUID id) {
        return organizations.findById(id).orElseThrow(() -> DomainProblem.notFound("organization.problem.notFound"));
    }
}
