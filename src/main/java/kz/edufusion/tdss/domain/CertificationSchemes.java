package kz.edufusion.tdss.domain;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certification schemes kept as data: every installation starts with a national and an international one (the
 * migration); certification bodies add their own and withdraw schemes from new applications. A scheme that has
 * applications is never deleted, so every certification keeps the requirements it was decided on.
 */
@Service
public class CertificationSchemes {

    static final int MAX_VALIDITY = 10;

    private final JdbcClient jdbc;
    private final CertificationBodies bodies;
    private final Frameworks frameworks;
    private final AuditLog audit;

    CertificationSchemes(JdbcClient jdbc, CertificationBodies bodies, Frameworks frameworks, AuditLog audit) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.frameworks = frameworks;
        this.audit = audit;
    }

    /** The schemes an educator may apply for: the active ones. */
    @Transactional(readOnly = true)
    public List<SchemeView> active() {
        return jdbc.sql(SELECT + " WHERE active ORDER BY level DESC, code").query(CertificationSchemes::row).list();
    }

    /** The schemes a certification body runs, active or not. */
    @Transactional(readOnly = true)
    public List<SchemeView> managed(CurrentUser user) {
        bodies.requireBody(user);
        return jdbc.sql(SELECT + " ORDER BY level DESC, code").query(CertificationSchemes::row).list().stream()
                .filter(s -> bodies.runs(user, s)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<SchemeView> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(CertificationSchemes::row).optional();
    }

    @Transactional(readOnly = true)
    public Optional<SchemeView> byCode(String code) {
        return jdbc.sql(SELECT + " WHERE code = ?").param(code).query(CertificationSchemes::row).optional();
    }

    @Transactional
    public SchemeView create(CurrentUser user, SchemeInput in) {
        bodies.requireBody(user);
        String code = in.code() == null ? "" : in.code().trim().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9._-]{1,39}")) {
            throw DomainProblem.invalidField("code", "tdss.problem.programCode");
        }
        if (byCode(code).isPresent()) {
            throw DomainProblem.invalidField("code", "tdss.certification.problem.codeTaken");
        }
        String level = in.level();
        if (!"NATIONAL".equals(level) && !"INTERNATIONAL".equals(level)) {
            throw DomainProblem.invalidField("level", "tdss.problem.choice", "NATIONAL, INTERNATIONAL");
        }
        if (in.validityYears() == null || in.validityYears() < 1 || in.validityYears() > MAX_VALIDITY) {
            throw DomainProblem.invalidField("validityYears", "tdss.certification.problem.validity", MAX_VALIDITY);
        }
        BigDecimal minHours = in.minHours() == null ? null : TrainingPrograms.hours("minHours", in.minHours());
        BigDecimal minInternational = in.minInternationalHours() == null ? null
                : TrainingPrograms.hours("minInternationalHours", in.minInternationalHours());
        if (minInternational != null && !"INTERNATIONAL".equals(level)) {
            throw DomainProblem.invalidField("minInternationalHours", "tdss.certification.problem.internationalOnly");
        }
        if (in.passScore() != null && (in.passScore() < 1 || in.passScore() > 100)) {
            throw DomainProblem.invalidField("passScore", "tdss.certification.problem.scoreRange", 1, 100);
        }
        List<String> programs = programs(in.requiredPrograms());
        List<String> competences = competences(in.frameworkCode(), in.competences());
        SchemeView scheme = new SchemeView(UUID.randomUUID(), code,
                LocalizedText.of(text(in.titleKk(), "titleKk", 300), text(in.titleRu(), "titleRu", 300), text(in.titleEn(), "titleEn", 300)),
                LocalizedText.of(text(in.descriptionKk(), "descriptionKk", 2000), text(in.descriptionRu(), "descriptionRu", 2000),
                        text(in.descriptionEn(), "descriptionEn", 2000)),
                level, in.validityYears(), minHours, minInternational, programs, in.passScore(),
                Boolean.TRUE.equals(in.portfolioRequired()), Boolean.TRUE.equals(in.observationRequired()),
                competences.isEmpty() ? null : in.frameworkCode(), competences, bodies.bodyOf(user), true);
        jdbc.sql("""
                INSERT INTO tdss.certification_scheme (id, code, title_kk, title_ru, title_en, description_kk, description_ru,
                    description_en, level, validity_years, min_hours, min_international_hours, required_programs, pass_score,
                    portfolio_required, observation_required, framework_code, competences, body_id, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(scheme.id(), code, scheme.title().kk(), scheme.title().ru(), scheme.title().en(),
                        scheme.description().kk(), scheme.description().ru(), scheme.description().en(), level,
                        scheme.validityYears(), minHours, minInternational, programs.toArray(String[]::new), in.passScore(),
                        scheme.portfolioRequired(), scheme.observationRequired(), scheme.frameworkCode(),
                        competences.toArray(String[]::new), scheme.bodyId(), user.personId())
                .update();
        audit.record("tdss.certification.scheme.created", "certification_scheme", scheme.id(), code);
        return scheme;
    }

    /** Opens a scheme to new applications or withdraws it (applications already made go on). */
    @Transactional
    public SchemeView setActive(CurrentUser user, UUID id, boolean active) {
        bodies.requireBody(user);
        SchemeView scheme = find(id).filter(s -> bodies.runs(user, s))
                .orElseThrow(() -> DomainProblem.notFound("tdss.certification.problem.schemeNotFound"));
        jdbc.sql("UPDATE tdss.certification_scheme SET active = ? WHERE id = ?").params(active, id).update();
        audit.record(active ? "tdss.certification.scheme.opened" : "tdss.certification.scheme.withdrawn",
                "certification_scheme", id, scheme.code());
        return find(id).orElseThrow();
    }

    private List<String> programs(List<String> codes) {
        List<String> clean = codes == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(codes.stream()
                .filter(c -> c != null && !c.isBlank()).map(String::trim).toList()));
        for (String code : clean) {
            boolean known = jdbc.sql("SELECT count(*) FROM tdss.training_program WHERE code = ?").param(code)
                    .query(Long.class).single() > 0;
            if (!known) {
                throw DomainProblem.invalidField("requiredPrograms", "tdss.certification.problem.programUnknown", code);
            }
        }
        return clean;
    }

    private List<String> competences(String frameworkCode, List<String> codes) {
        List<String> clean = codes == null ? List.of() : codes.stream().filter(c -> c != null && !c.isBlank())
                .map(String::trim).distinct().toList();
        if (clean.isEmpty()) {
            return clean;
        }
        if (frameworkCode == null || !frameworks.exists(frameworkCode)) {
            throw DomainProblem.invalidField("frameworkCode", "tdss.problem.frameworkUnknown");
        }
        FrameworkView framework = frameworks.view(frameworkCode);
        for (String code : clean) {
            if (framework.competences().stream().noneMatch(c -> c.code().equals(code))) {
                throw DomainProblem.invalidField("competences", "tdss.problem.competencesMissing");
            }
        }
        return clean;
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw DomainProblem.invalidField(field, "tdss.certification.problem.textMissing");
        }
        if (value.trim().length() > max) {
            throw DomainProblem.invalidField(field, "tdss.problem.tooLong", max);
        }
        return value.trim();
    }

    private static final String SELECT = """
            SELECT id, code, title_kk, title_ru, title_en, description_kk, description_ru, description_en, level,
                   validity_years, min_hours, min_international_hours, required_programs, pass_score, portfolio_required,
                   observation_required, framework_code, competences, body_id, active
            FROM tdss.certification_scheme""";

    static SchemeView row(ResultSet rs, int n) throws SQLException {
        return new SchemeView(rs.getObject("id", UUID.class), rs.getString("code"),
                LocalizedText.of(rs.getString("title_kk"), rs.getString("title_ru"), rs.getString("title_en")),
                LocalizedText.of(rs.getString("description_kk"), rs.getString("description_ru"), rs.getString("description_en")),
                rs.getString("level"), rs.getInt("validity_years"), rs.getBigDecimal("min_hours"),
                rs.getBigDecimal("min_international_hours"), strings(rs.getArray("required_programs")),
                (Integer) rs.getObject("pass_score"), rs.getBoolean("portfolio_required"), rs.getBoolean("observation_required"),
                rs.getString("framework_code"), strings(rs.getArray("competences")), rs.getObject("body_id", UUID.class),
                rs.getBoolean("active"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
