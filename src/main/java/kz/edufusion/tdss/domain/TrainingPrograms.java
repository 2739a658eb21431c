package kz.edufusion.tdss.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.academy.AcademyCourses;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Membership;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training programs: each belongs to an institution (its coordinators add it) or to the whole platform (added
 * by a platform administrator); everyone sees the platform's and their own institutions'. A PLATFORM_COURSE is a
 * published academy course, checked through {@link AcademyCourses}.
 */
@Service
public class TrainingPrograms {

    public static final BigDecimal MAX_HOURS = new BigDecimal("2000");
    private static final BigDecimal MIN_HOURS = new BigDecimal("0.5");

    private final JdbcClient jdbc;
    private final Frameworks frameworks;
    private final AcademyCourses courses;

    TrainingPrograms(JdbcClient jdbc, Frameworks frameworks, AcademyCourses courses) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.courses = courses;
    }

    public boolean canManage(CurrentUser user) {
        return !TdssRoles.coordinated(user).isEmpty() || user.isAdmin();
    }

    @Transactional(readOnly = true)
    public List<ProgramView> visible(CurrentUser user) {
        UUID[] organizations = user.memberships().stream().filter(Membership::effective).map(Membership::organizationId)
                .distinct().toArray(UUID[]::new);
        return jdbc.sql(SELECT + " WHERE p.organization_id IS NULL OR p.organization_id = ANY(?) GROUP BY p.id ORDER BY p.title_en")
                .param(organizations).query(TrainingPrograms::row).list();
    }

    @Transactional(readOnly = true)
    public Optional<ProgramView> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE p.id = ? GROUP BY p.id").param(id).query(TrainingPrograms::row).optional();
    }

    /** A program the user may see, else 404. */
    public ProgramView visibleOne(CurrentUser user, UUID id) {
        return find(id).filter(p -> p.organizationId() == null || user.memberships().stream()
                        .anyMatch(m -> m.effective() && m.organizationId().equals(p.organizationId())))
                .orElseThrow(() -> DomainProblem.notFound("tdss.problem.programNotFound"));
    }

    @Transactional(readOnly = true)
    public Optional<ProgramView> ofAcademyCourse(UUID courseId) {
        return jdbc.sql(SELECT + " WHERE p.academy_course_id = ? GROUP BY p.id").param(courseId).query(TrainingPrograms::row)
                .optional();
    }

    /** Published academy courses a program could run on. */
    public Map<UUID, LocalizedText> courseChoices() {
        return courses.allPublished();
    }

    @Transactional
    public ProgramView add(CurrentUser user, ProgramInput in) {
        if (!canManage(user)) {
            throw new AccessDeniedException("programs are managed by coordinators and administrators");
        }
        UUID organization = in.organization() != null || !TdssRoles.coordinated(user).isEmpty()
                ? TdssRoles.coordinatorOrganization(user, in.organization(), "tdss.problem.organizationNotFound")
                : null;
        String code = in.code() == null ? "" : in.code().trim().toUpperCase();
        if (!code.matches("[A-Z0-9][A-Z0-9._-]{1,39}")) {
            throw DomainProblem.invalidField("code", "tdss.problem.programCode");
        }
        if (jdbc.sql("SELECT count(*) FROM tdss.training_program WHERE code = ?").param(code).query(Long.class).single() > 0) {
            throw DomainProblem.invalidField("code", "tdss.problem.programCodeTaken");
        }
        String kind = oneOf("kind", in.kind(), "PLATFORM_COURSE", "EXTERNAL");
        String level = oneOf("level", in.level(), "NATIONAL", "INTERNATIONAL");
        BigDecimal hours = hours("hours", in.hours());
        LocalizedText title = LocalizedText.of(trim(in.titleKk()), trim(in.titleRu()), trim(in.titleEn()));
        String provider = trim(in.provider());
        UUID course = null;
        if ("PLATFORM_COURSE".equals(kind)) {
            course = in.academyCourseId();
            LocalizedText courseTitle = course == null ? null : courses.publishedTitles(List.of(course)).get(course);
            if (courseTitle == null) {
                throw DomainProblem.invalidField("academyCourseId", "tdss.problem.courseNotPublished");
            }
            if (ofAcademyCourse(course).isPresent()) {
                throw DomainProblem.invalidField("academyCourseId", "tdss.problem.courseTaken");
            }
            title = LocalizedText.of(or(title.kk(), courseTitle.kk()), or(title.ru(), courseTitle.ru()), or(title.en(), courseTitle.en()));
            provider = provider.isEmpty() ? "EduFusion Academy" : provider;
        }
        if (title.kk().isEmpty() || title.ru().isEmpty() || title.en().isEmpty()) {
            throw DomainProblem.invalidField("title", "tdss.problem.titleMissing");
        }
        if (provider.isEmpty()) {
            throw DomainProblem.invalidField("provider", "tdss.problem.providerMissing");
        }
        List<UUID> items = competences(in.framework(), in.competences());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO tdss.training_program (id, code, kind, level, academy_course_id, title_kk, title_ru, title_en,
                    provider, hours, organization_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, code, kind, level, course, title.kk(), title.ru(), title.en(), provider, hours, organization).update();
        items.forEach(item -> jdbc.sql("INSERT INTO tdss.training_program_competence (program_id, item_id) VALUES (?, ?)")
                .params(id, item).update());
        return find(id).orElseThrow();
    }

    static BigDecimal hours(String field, BigDecimal hours) {
        if (hours == null || hours.compareTo(MIN_HOURS) < 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw DomainProblem.invalidField(field, "tdss.problem.hoursRange", MIN_HOURS, MAX_HOURS);
        }
        return hours;
    }

    private List<UUID> competences(String frameworkCode, List<String> codes) {
        if (frameworkCode == null || !frameworks.exists(frameworkCode) || codes == null || codes.isEmpty()) {
            throw DomainProblem.invalidField("competences", "tdss.problem.competencesMissing");
        }
        FrameworkView framework = frameworks.view(frameworkCode);
        Map<String, UUID> byCode = new LinkedHashMap<>();
        framework.competences().forEach(c -> byCode.put(c.code(), c.id()));
        List<UUID> items = new ArrayList<>();
        for (String code : codes) {
            UUID item = byCode.get(code);
            if (item == null) {
                throw DomainProblem.invalidField("competences", "tdss.problem.competenceUnknown", code);
            }
            if (!items.contains(item)) {
                items.add(item);
            }
        }
        return items;
    }

    private static String oneOf(String field, String value, String... allowed) {
        if (value == null || !Arrays.asList(allowed).contains(value)) {
            throw DomainProblem.invalidField(field, "tdss.problem.choice", String.join(", ", allowed));
        }
        return value;
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static String or(String value, String fallback) {
        return value.isEmpty() && fallback != null ? fallback : value;
    }

    private static final String SELECT = """
            SELECT p.id, p.code, p.kind, p.level, p.academy_course_id, p.title_kk, p.title_ru, p.title_en, p.provider,
                   p.hours, p.organization_id,
                   coalesce(array_agg(i.code ORDER BY i.position) FILTER (WHERE i.code IS NOT NULL), '{}') AS competences
            FROM tdss.training_program p
            LEFT JOIN tdss.training_program_competence pc ON pc.program_id = p.id
            LEFT JOIN tdss.item i ON i.id = pc.item_id""";

    private static ProgramView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ProgramView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("kind"),
                rs.getString("level"), rs.getObject("academy_course_id", UUID.class),
                LocalizedText.of(rs.getString("title_kk"), rs.getString("title_ru"), rs.getString("title_en")),
                rs.getString("provider"), rs.getBigDecimal("hours"), rs.getObject("organization_id", UUID.class),
                List.of((String[]) rs.getArray("competences").getArray()));
    }
}
