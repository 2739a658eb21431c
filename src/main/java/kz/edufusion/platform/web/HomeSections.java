package kz.edufusion.platform.web;

import java.util.ArrayList;
import java.util.List;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityCounts;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.Membership;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.Role;
import kz.edufusion.notifications.NotificationsOutbox;
import kz.edufusion.notifications.OutboxStatus;
import kz.edufusion.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * Builds each role's home-page figures from the database. A person with several roles sees one section per
 * role and organization; figures about an organization are only ever about the user's own organizations.
 */
@Component
class HomeSections {

    private final IdentityDirectory directory;
    private final NotificationsOutbox outbox;
    private final ReferenceData reference;

    HomeSections(IdentityDirectory directory, NotificationsOutbox outbox, ReferenceData reference) {
        this.directory = directory;
        this.outbox = outbox;
        this.reference = reference;
    }

    List<Figure> publicFigures(IdentityCounts counts) {
        return List.of(
                new Figure("home.figure.universities", counts.activeOrganizations().get(OrganizationType.UNIVERSITY), null),
                new Figure("home.figure.companies", counts.activeOrganizations().get(OrganizationType.COMPANY), null),
                new Figure("home.figure.students", counts.peopleByRole().get(Role.STUDENT), null),
                new Figure("home.figure.mentors", counts.peopleByRole().get(Role.COMPANY_MENTOR), null));
    }

    List<HomeSection> sectionsFor(CurrentUser user, IdentityCounts counts) {
        List<HomeSection> sections = new ArrayList<>();
        for (Membership m : user.memberships()) {
            if (m.organizationStatus() != OrganizationStatus.ACTIVE) {
                sections.add(new HomeSection("home.section." + m.role(), m.organizationName(),
                        "home.notice." + m.organizationStatus(), List.of()));
                continue;
            }
            switch (m.role()) {
                case PLATFORM_ADMIN -> sections.add(admin(counts));
                case MINISTRY_ANALYST, QA_REVIEWER -> sections.add(national(m, counts));
                case STUDENT, EDUCATOR, ACADEMIC_TUTOR, UNIVERSITY_COORDINATOR -> sections.add(university(m));
                case COMPANY_REPRESENTATIVE, COMPANY_MENTOR -> sections.add(company(m));
            }
        }
        return sections;
    }

    private HomeSection admin(IdentityCounts counts) {
        return new HomeSection("home.section.PLATFORM_ADMIN", null, null, List.of(
                new Figure("home.figure.pendingCompanies", counts.pendingCompanies(), "/admin/organizations?status=PENDING"),
                new Figure("home.figure.suspended", counts.suspendedOrganizations(), "/admin/organizations?status=SUSPENDED"),
                new Figure("home.figure.people", counts.people(), "/admin/people"),
                new Figure("home.figure.universities", counts.activeOrganizations().get(OrganizationType.UNIVERSITY),
                        "/admin/organizations?type=UNIVERSITY"),
                new Figure("home.figure.companies", counts.activeOrganizations().get(OrganizationType.COMPANY),
                        "/admin/organizations?type=COMPANY"),
                new Figure("home.figure.mailsQueued", outbox.count(OutboxStatus.QUEUED), "/admin/outbox?status=QUEUED"),
                new Figure("home.figure.mailsFailed", outbox.count(OutboxStatus.FAILED), "/admin/outbox?status=FAILED"),
                new Figure("home.figure.occupations", reference.counts().occupations(), "/admin/reference/occupations")));
    }

    private HomeSection national(Membership m, IdentityCounts counts) {
        return new HomeSection("home.section." + m.role(), m.organizationName(), null, List.of(
                new Figure("home.figure.universities", counts.activeOrganizations().get(OrganizationType.UNIVERSITY), null),
                new Figure("home.figure.colleges", counts.activeOrganizations().get(OrganizationType.COLLEGE), null),
                new Figure("home.figure.companies", counts.activeOrganizations().get(OrganizationType.COMPANY), null),
                new Figure("home.figure.students", counts.peopleByRole().get(Role.STUDENT), null),
                new Figure("home.figure.educators", counts.peopleByRole().get(Role.EDUCATOR), null),
                new Figure("home.figure.mentors", counts.peopleByRole().get(Role.COMPANY_MENTOR), null)));
    }

    private HomeSection university(Membership m) {
        var org = m.organizationId();
        return new HomeSection("home.section." + m.role(), m.organizationName(), null, List.of(
                new Figure("home.figure.ourStudents", directory.members(org, Role.STUDENT), null),
                new Figure("home.figure.ourEducators", directory.members(org, Role.EDUCATOR), null),
                new Figure("home.figure.ourTutors", directory.members(org, Role.ACADEMIC_TUTOR), null),
                new Figure("home.figure.ourCoordinators", directory.members(org, Role.UNIVERSITY_COORDINATOR), null)));
    }

    private HomeSection company(Membership m) {
        var org = m.organizationId();
        return new HomeSection("home.section." + m.role(), m.organizationName(), null, List.of(
                new Figure("home.figure.ourMentors", directory.members(org, Role.COMPANY_MENTOR), null),
                new Figure("home.figure.ourRepresentatives", directory.members(org, Role.COMPANY_REPRESENTATIVE), null)));
    }
}
