package kz.edufusion.tdss.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.CurrentUser;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo plans and training, once (while the demo academy program is not stored): the administrator's platform-wide
 * program on the academy's entrepreneurship course, an international Erasmus+ program of Satbayev University with a
 * cohort of five sessions of which three are marked (the demo educator attended all three: 60 %, below the 80 % that
 * completes), and the demo educator's submitted plan for this year with two goals, each with its planned training.
 */
@Component
@Profile("demo")
@Order(47)
class DemoTrainingSeeder implements ApplicationRunner {

    static final String ACADEMY_PROGRAM = "DEMO-ENTREPRENEURIAL-TEACHING";
    static final String EXTERNAL_PROGRAM = "DEMO-ERASMUS-STEAM";

    private final UserDetailsService users;
    private final TrainingPrograms programs;
    private final DevelopmentPlans plans;
    private final Cohorts cohorts;
    private final TransactionTemplate transaction;

    DemoTrainingSeeder(UserDetailsService users, TrainingPrograms programs, DevelopmentPlans plans, Cohorts cohorts,
            TransactionTemplate transaction) {
        this.users = users;
        this.programs = programs;
        this.plans = plans;
        this.cohorts = cohorts;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentUser admin = user("admin");
        if (programs.visible(admin).stream().anyMatch(p -> ACADEMY_PROGRAM.equals(p.code()))) {
            return;
        }
        Map.Entry<UUID, LocalizedText> course = programs.courseChoices().entrySet().stream()
                .filter(c -> c.getValue().en().startsWith("Entrepreneurship")).findFirst().orElse(null);
        if (course == null) {
            return;
        }
        CurrentUser educator = user("educator");
        CurrentUser coordinator = user("coordinator2");
        transaction.executeWithoutResult(status -> {
            ProgramView academy = programs.add(admin, new ProgramInput(ACADEMY_PROGRAM, "PLATFORM_COURSE", "NATIONAL",
                    course.getKey(), "Инженерлерді оқытудағы кәсіпкерлік педагогика",
                    "Предпринимательская педагогика в инженерном обучении", "Entrepreneurial pedagogy in engineering teaching",
                    "EduFusion Academy", new BigDecimal("24"), "DIGCOMPEDU", List.of("3.1", "3.3", "5.3"), null));
            ProgramView erasmus = programs.add(coordinator, new ProgramInput(EXTERNAL_PROGRAM, "EXTERNAL", "INTERNATIONAL",
                    null, "STEAM оқытудың цифрлық әдістері (Erasmus+)", "Цифровые методы STEAM-обучения (Erasmus+)",
                    "Digital methods for STEAM teaching (Erasmus+)", "European Schoolnet Academy, Erasmus+",
                    new BigDecimal("36"), "DIGCOMPEDU", List.of("2.2", "3.1", "3.4", "5.3"), null));

            LocalDate start = LocalDate.now().withDayOfMonth(1);
            CohortView cohort = cohorts.open(coordinator, new CohortInput(erasmus.id(), "Erasmus+ STEAM — Satbayev",
                    start, start.plusWeeks(5), 20, null, null));
            cohorts.addMember(coordinator, cohort.id(), educator.personId());
            String[] topics = {"Inquiry-based STEAM lessons", "Creating open digital resources", "Self-regulated learning online",
                "Engaging learners with simulations", "Project showcase"};
            for (int i = 0; i < topics.length; i++) {
                cohorts.addSession(coordinator, cohort.id(), start.plusWeeks(i), topics[i]);
            }
            cohorts.get(coordinator, cohort.id()).sessions().stream().limit(3).forEach(s ->
                    cohorts.markAttendance(coordinator, cohort.id(), s.id(), Set.of(educator.personId())));

            LocalDate yearStart = LocalDate.now().withDayOfYear(1);
            PlanView plan = plans.create(educator, "DIGCOMPEDU", yearStart, yearStart.plusYears(1).minusDays(1));
            plans.addGoal(educator, plan.id(), new GoalInput("3.1", "B2", yearStart.plusMonths(6), academy.id(),
                    "Run two entrepreneurial project modules with engineering students."));
            plans.addGoal(educator, plan.id(), new GoalInput("5.3", "B2", yearStart.plusMonths(10), erasmus.id(),
                    "Use simulations and digital labs to engage every learner."));
            plans.submit(educator, plan.id());
        });
    }

    private CurrentUser user(String login) {
        return (CurrentUser) users.loadUserByUsername(login + "@demo.edufusion.kz");
    }
}
