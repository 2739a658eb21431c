package kz.edufusion.academy.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import kz.edufusion.academy.EnrollmentMode;
import kz.edufusion.identity.CurrentUser;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo delivery, after the demo courses: the blended Python course runs in COHORT mode with a cohort in the current
 * semester and two live sessions (the demo student, already enrolled, sits in it); the entrepreneurship course
 * admits by approval.
 */
@Component
@Profile("demo")
@Order(46)
class DemoDeliverySeeder implements ApplicationRunner {

    private final UserDetailsService users;
    private final Delivery delivery;
    private final AcademyCalendar calendar;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoDeliverySeeder(UserDetailsService users, Delivery delivery, AcademyCalendar calendar, JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.users = users;
        this.delivery = delivery;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM academy.cohort").query(Long.class).single() > 0) {
            return;
        }
        CurrentUser educator = (CurrentUser) users.loadUserByUsername("educator@demo.edufusion.kz");
        transaction.executeWithoutResult(status -> {
            UUID python = course("python");
            UUID business = course("entrepreneurship");
            if (python != null) {
                cohortCourse(educator, python);
            }
            if (business != null) {
                delivery.changeMode(educator, business, EnrollmentMode.APPROVAL);
            }
        });
    }

    private void cohortCourse(CurrentUser educator, UUID courseId) {
        LocalDate today = Delivery.today();
        SemesterView semester = calendar.semesters().stream().filter(s -> s.contains(today)).findFirst().orElse(null);
        LocalDate starts = semester == null ? today : semester.startsOn();
        LocalDate ends = semester == null ? today.plusMonths(4) : semester.endsOn();
        delivery.changeMode(educator, courseId, EnrollmentMode.COHORT);
        CohortView cohort = delivery.createCohort(educator, courseId, new CohortInput("Python 2026/27 A", starts, ends,
                starts.minusDays(14), ends.minusDays(7), 25, semester == null ? null : semester.id()));
        jdbc.sql("UPDATE academy.enrollment SET cohort_id = ? WHERE course_id = ? AND status = 'ACTIVE'").params(cohort.id(), courseId)
                .update();
        calendar.addSession(educator, cohort.id(), new SessionInput("Live coding: pandas", today.plusDays(7), LocalTime.of(18, 0), 90,
                "https://meet.jit.si/edufusion-python-a", null));
        calendar.addSession(educator, cohort.id(), new SessionInput("Data lab on campus", today.plusDays(21), LocalTime.of(15, 0), 120,
                null, "Main building, room 214"));
    }

    private UUID course(String tag) {
        return jdbc.sql("SELECT c.id FROM academy.course c JOIN academy.course_version v ON v.id = c.published_version_id "
                + "WHERE ? = ANY (v.tags) LIMIT 1").param(tag).query(UUID.class).optional().orElse(null);
    }
}
