package kz.edufusion.identity.domain;

import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.identity.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-service sign-up. Students join an active university or college at once; a company and its first
 * representative are created together, the company PENDING until an administrator approves it.
 */
@Service
public class RegistrationService {

    private final PersonRepository people;
    private final OrganizationRepository organizations;
    private final OrganizationService organizationService;
    private final PasswordEncoder passwords;
    private final IdentityMails mails;
    private final JdbcAuditLog audit;

    RegistrationService(PersonRepository people, OrganizationRepository organizations, OrganizationService organizationService,
            PasswordEncoder passwords, IdentityMails mails, JdbcAuditLog audit) {
        this.people = people;
        this.organizations = organizations;
        this.organizationService = organizationService;
        this.passwords = passwords;
        this.mails = mails;
        this.audit = audit;
    }

    public record StudentSignUp(String fullName, String email, String password, UUID universityId, String language) {
    }

    public record CompanySignUp(String companyNameKk, String companyNameRu, String companyNameEn, String bin,
            String regionCode, String okedSection, String website, String fullName, String email, String password,
            String language) {
    }

    @Transactional
    public UUID registerStudent(StudentSignUp command) {
        requireFreeEmail(command.email());
        Organization university = organizations.findById(command.universityId())
                .filter(o -> o.type().educational() && o.status() == OrganizationStatus.ACTIVE)
                .orElseThrow(() -> DomainProblem.invalid("registration.problem.universityUnknown"));
        Person student = new Person(command.email(), command.fullName(), passwords.encode(command.password()), command.language());
        student.grant(university.id(), Role.STUDENT);
        people.save(student);
        audit.recordAs(student.id(), student.email(), "registration.student", "person", student.id(), university.shortName());
        return student.id();
    }

    @Transactional
    public UUID registerCompany(CompanySignUp command) {
        requireFreeEmail(command.email());
        OrganizationView company = organizationService.create(new OrganizationService.NewOrganization(OrganizationType.COMPANY,
                LocalizedText.of(command.companyNameKk(), command.companyNameRu(), command.companyNameEn()), null,
                command.bin(), command.regionCode(), command.okedSection(), command.website()), OrganizationStatus.PENDING);
        Person representative = new Person(command.email(), command.fullName(), passwords.encode(command.password()),
                command.language());
        representative.grant(company.id(), Role.COMPANY_REPRESENTATIVE);
        people.save(representative);
        audit.recordAs(representative.id(), representative.email(), "registration.company", "organization", company.id(), null);
        mails.companyRegistered(representative.email(), representative.preferredLanguage(), representative.fullName(),
                company.name().in(representative.preferredLanguage()));
        return company.id();
    }

    private void requireFreeEmail(String email) {
        if (people.existsByEmail(Person.normalizeEmail(email))) {
            throw DomainProblem.conflict("registration.problem.emailTaken");
        }
    }
}
