package kz.edufusion.academy.analytics;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.edufusion.academy.LearnerEnrolled;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.Membership;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.identity.PersonView;
import kz.edufusion.identity.Role;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes what the figures need of an enrollment when it is made, in the enrolling transaction: its semester, whether
 * the course is STEM, and the learner's university or college with its region (a student membership first, else any
 * role there). Taken once, so the figures need no call to identity per row and a learner who changes university later
 * stays counted where they enrolled.
 */
@Component
class EnrollmentFacts {

    private final JdbcClient jdbc;
    private final IdentityDirectory directory;

    EnrollmentFacts(JdbcClient jdbc, IdentityDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @EventListener
    @Transactional
    void on(LearnerEnrolled enrolled) {
        List<String> tags = jdbc.sql("SELECT unnest(tags) FROM academy.course_version WHERE id = ?").param(enrolled.versionId())
                .query(String.class).list();
        Optional<OrganizationView> organization = directory.person(enrolled.learnerId()).flatMap(this::university);
        jdbc.sql("INSERT INTO academy.enrollment_fact (enrollment_id, course_id, learner_id, semester, organization_id, region_code, stem) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (enrollment_id) DO NOTHING")
                .params(enrolled.enrollmentId(), enrolled.courseId(), enrolled.learnerId(), AcademicSemester.of(enrolled.at()).code(),
                        organization.map(OrganizationView::id).orElse(null), organization.map(OrganizationView::regionCode).orElse(null),
                        StemCourses.stem(tags))
                .update();
    }

    private Optional<OrganizationView> university(PersonView person) {
        return person.memberships().stream().filter(Membership::effective)
                .filter(m -> m.organizationType() == OrganizationType.UNIVERSITY || m.organizationType() == OrganizationType.COLLEGE)
                .sorted(Comparator.comparing((Membership m) -> m.role() != Role.STUDENT))
                .map(Membership::organizationId).findFirst().flatMap(directory::organization);
    }
}
