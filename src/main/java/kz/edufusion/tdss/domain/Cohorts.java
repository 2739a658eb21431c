package kz.edufusion.tdss.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import kz.edufusion.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cohorts run a program for one institution's educators. Its coordinators open them, schedule the sessions up front,
 * add members and mark attendance; a member who has attended the cohort's completion share of all its scheduled
 * sessions (default {@code edufusion.tdss.cohort-completion-share}, 0.8) has completed the program: a CONFIRMED
 * COHORT entry in the {@link TrainingLedger}. Completion is measured against every scheduled session so that
 * attending the first of five does not already count as 100 %.
 */
@Service
public class Cohorts {

    private final JdbcClient jdbc;
    private final TrainingPrograms programs;
    private final TrainingLedger ledger;
    private final IdentityDirectory directory;
    private final BigDecimal defaultShare;

    Cohorts(JdbcClient jdbc, TrainingPrograms programs, TrainingLedger ledger, IdentityDirectory directory,
            @Value("${edufusion.tdss.cohort-completion-share:0.8}") BigDecimal defaultShare) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.ledger = ledger;
        this.directory = directory;
        this.defaultShare = defaultShare;
    }

    public BigDecimal defaultShare() {
        return defaultShare;
    }

    record CohortRow(UUID id, UUID programId, UUID organizationId, String title, LocalDate startsOn, LocalDate endsOn,
            int capacity, BigDecimal share) {
    }

    @Transactional(readOnly = true)
    public List<CohortView> list(CurrentUser user) {
        return jdbc.sql(SELECT + " WHERE organization_id = ANY(?) ORDER BY starts_on DESC")
                .param(TdssRoles.requireCoordinator(user).toArray(UUID[]::new)).query(Cohorts::row).list()
                .stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public CohortView get(CurrentUser user, UUID id) {
        return view(managed(user, id));
    }

    /** The institution's educators a coordinator may add to the cohort. */
    @Transactional(readOnly = true)
    public List<PersonView> candidates(CurrentUser user, UUID id) {
        return directory.peopleWithRole(managed(user, id).organizationId(), Role.EDUCATOR);
    }

    @Transactional
    public CohortView open(CurrentUser user, CohortInput in) {
        UUID organization = TdssRoles.coordinatorOrganization(user, in.organization(), "tdss.problem.organizationNotFound");
        ProgramView program = in.programId() == null ? null : programs.find(in.programId())
                .filter(p -> p.organizationId() == null || p.organizationId().equals(organization)).orElse(null);
        if (program == null) {
            throw DomainProblem.invalidField("programId", "tdss.problem.programNotFound");
        }
        String title = in.title() == null ? "" : in.title().trim();
        if (title.isEmpty() || title.length() > 200) {
            throw DomainProblem.invalidField("title", "tdss.problem.cohortTitle");
        }
        if (in.startsOn() == null) {
            throw DomainProblem.invalidField("startsOn", "tdss.problem.dateMissing");
        }
        if (in.endsOn() == null || in.endsOn().isBefore(in.startsOn())) {
            throw DomainProblem.invalidField("endsOn", "tdss.problem.periodEnd");
        }
        if (in.capacity() == null || in.capacity() < 1 || in.capacity() > 500) {
            throw DomainProblem.invalidField("capacity", "tdss.problem.capacity", 500);
        }
        BigDecimal share = in.completionShare() == null ? defaultShare : in.completionShare();
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw DomainProblem.invalidField("completionShare", "tdss.problem.share");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO tdss.cohort (id, program_id, organization_id, title, starts_on, ends_on, capacity, completion_share)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, program.id(), organization, title, in.startsOn(), in.endsOn(), in.capacity(),
                        share.setScale(2, RoundingMode.HALF_UP)).update();
        return get(user, id);
    }

    @Transactional
    public CohortView addMember(CurrentUser user, UUID cohortId, UUID personId) {
        CohortRow cohort = managed(user, cohortId);
        boolean educator = personId != null && directory.peopleWithRole(cohort.organizationId(), Role.EDUCATOR).stream()
                .anyMatch(p -> p.id().equals(personId));
        if (!educator) {
            throw DomainProblem.invalidField("personId", "tdss.problem.notAnEducator");
        }
        int members = jdbc.sql("SELECT count(*) FROM tdss.cohort_member WHERE cohort_id = ?").param(cohortId)
                .query(Integer.class).single();
        if (members >= cohort.capacity()) {
            throw DomainProblem.conflict("tdss.problem.cohortFull", cohort.capacity());
        }
        jdbc.sql("INSERT INTO tdss.cohort_member (cohort_id, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(cohortId, personId).update();
        return view(cohort);
    }

    @Transactional
    public CohortView addSession(CurrentUser user, UUID cohortId, LocalDate heldOn, String topic) {
        CohortRow cohort = managed(user, cohortId);
        if (heldOn == null || heldOn.isBefore(cohort.startsOn()) || heldOn.isAfter(cohort.endsOn())) {
            throw DomainProblem.invalidField("heldOn", "tdss.problem.sessionDate", cohort.startsOn(), cohort.endsOn());
        }
        String text = topic == null ? "" : topic.trim();
        if (text.isEmpty() || text.length() > 200) {
            throw DomainProblem.invalidField("topic", "tdss.problem.topic");
        }
        jdbc.sql("INSERT INTO tdss.cohort_session (id, cohort_id, held_on, topic) VALUES (?, ?, ?, ?)")
                .params(UUID.randomUUID(), cohortId, heldOn, text).update();
        return view(cohort);
    }

    /** Marks every member present or absent at a session (the given ones present), then completes those who qualify. */
    @Transactional
    public CohortView markAttendance(CurrentUser user, UUID cohortId, UUID sessionId, Set<UUID> present) {
        CohortRow cohort = managed(user, cohortId);
        LocalDate heldOn = jdbc.sql("SELECT held_on FROM tdss.cohort_session WHERE id = ? AND cohort_id = ?")
                .params(sessionId, cohortId).query(LocalDate.class).optional()
                .orElseThrow(() -> DomainProblem.notFound("tdss.problem.sessionNotFound"));
        Set<UUID> members = memberIds(cohortId);
        Set<UUID> marked = present == null ? Set.of() : present;
        if (!members.containsAll(marked)) {
            throw DomainProblem.invalidField("present", "tdss.problem.notAMember");
        }
        for (UUID member : members) {
            jdbc.sql("""
                    INSERT INTO tdss.attendance (session_id, person_id, present, marked_by) VALUES (?, ?, ?, ?)
                    ON CONFLICT (session_id, person_id) DO UPDATE SET present = EXCLUDED.present,
                        marked_by = EXCLUDED.marked_by, marked_at = now()""")
                    .params(sessionId, member, marked.contains(member), user.personId()).update();
        }
        complete(cohort, heldOn);
        return view(cohort);
    }

    private void complete(CohortRow cohort, LocalDate on) {
        int sessions = jdbc.sql("SELECT count(*) FROM tdss.cohort_session WHERE cohort_id = ?").param(cohort.id())
                .query(Integer.class).single();
        ProgramView program = programs.find(cohort.programId()).orElseThrow();
        Map<UUID, Integer> attended = attended(cohort.id());
        List<UUID> open = jdbc.sql("SELECT person_id FROM tdss.cohort_member WHERE cohort_id = ? AND completed_at IS NULL")
                .param(cohort.id()).query(UUID.class).list();
        for (UUID member : open) {
            BigDecimal share = BigDecimal.valueOf(attended.getOrDefault(member, 0))
                    .divide(BigDecimal.valueOf(sessions), 4, RoundingMode.HALF_UP);
            if (share.compareTo(cohort.share()) >= 0) {
                ledger.record(new TrainingLedger.Completion(member, program.id(), program.title().en(), program.provider(),
                        program.level(), program.hours(), "COHORT", "CONFIRMED", on));
                jdbc.sql("UPDATE tdss.cohort_member SET completed_at = now() WHERE cohort_id = ? AND person_id = ?")
                        .params(cohort.id(), member).update();
            }
        }
    }

    private CohortRow managed(CurrentUser user, UUID id) {
        List<UUID> organizations = TdssRoles.requireCoordinator(user);
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(Cohorts::row).optional()
                .filter(c -> organizations.contains(c.organizationId()))
                .orElseThrow(() -> DomainProblem.notFound("tdss.problem.cohortNotFound"));
    }

    private Set<UUID> memberIds(UUID cohortId) {
        return new HashSet<>(jdbc.sql("SELECT person_id FROM tdss.cohort_member WHERE cohort_id = ?").param(cohortId)
                .query(UUID.class).list());
    }

    private Map<UUID, Integer> attended(UUID cohortId) {
        return jdbc.sql("""
                SELECT a.person_id, count(*) FROM tdss.attendance a JOIN tdss.cohort_session s ON s.id = a.session_id
                WHERE s.cohort_id = ? AND a.present GROUP BY a.person_id""").param(cohortId)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private CohortView view(CohortRow c) {
        ProgramView program = programs.find(c.programId()).orElseThrow();
        Map<UUID, Integer> attended = attended(c.id());
        List<CohortView.Member> members = jdbc.sql("SELECT person_id, completed_at FROM tdss.cohort_member WHERE cohort_id = ?")
                .param(c.id()).query((rs, n) -> {
                    UUID person = rs.getObject(1, UUID.class);
                    java.sql.Timestamp completed = rs.getTimestamp(2);
                    return new CohortView.Member(person, directory.person(person).map(PersonView::fullName).orElse(""),
                            attended.getOrDefault(person, 0), completed == null ? null : completed.toInstant());
                }).list().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        List<CohortView.Session> sessions = jdbc.sql("SELECT id, held_on, topic FROM tdss.cohort_session WHERE cohort_id = ? ORDER BY held_on, topic")
                .param(c.id()).query((rs, n) -> new CohortView.Session(rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class), rs.getString(3), Set.of())).list().stream()
                .map(s -> new CohortView.Session(s.id(), s.heldOn(), s.topic(), Set.copyOf(jdbc.sql(
                        "SELECT person_id FROM tdss.attendance WHERE session_id = ? AND present").param(s.id())
                        .query(UUID.class).list()))).toList();
        return new CohortView(c.id(), c.programId(), program.title(), c.organizationId(), c.title(), c.startsOn(), c.endsOn(),
                c.capacity(), c.share(), members, sessions);
    }

    private static final String SELECT = "SELECT id, program_id, organization_id, title, starts_on, ends_on, capacity, "
            + "completion_share FROM tdss.cohort";

    private static CohortRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CohortRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getInt(7),
                rs.getBigDecimal(8));
    }
}
