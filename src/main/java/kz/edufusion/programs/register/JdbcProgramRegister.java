package kz.edufusion.programs.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.programs.AlignmentProgram;
import kz.edufusion.programs.CatalogDiscipline;
import kz.edufusion.programs.ProgramLevel;
import kz.edufusion.programs.ProgramOutcomeView;
import kz.edufusion.programs.ProgramRegister;
import kz.edufusion.programs.ProgramType;
import kz.edufusion.programs.SkillLevel;
import kz.edufusion.programs.TaughtSkill;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the register for the gap analysis in a handful of set queries (programs, their latest cohort, targets,
 * sectors, confirmed skills), never one query per program: the national recompute reads ten thousand programs.
 */
@Component
class JdbcProgramRegister implements ProgramRegister {

    private static final String PROGRAMS = """
            SELECT p.id, p.university_id, p.code, p.title_kk, p.title_ru, p.title_en, p.level, p.field_code, p.area_code,
                   p.region_code, p.program_type, coalesce(c.intake, 0) AS intake, coalesce(c.graduates, 0) AS graduates
              FROM programs.program p
              LEFT JOIN LATERAL (SELECT intake, graduates FROM programs.program_cohort pc
                                  WHERE pc.program_id = p.id ORDER BY academic_year DESC LIMIT 1) c ON true
             WHERE (CAST(:id AS uuid) IS NULL OR p.id = :id)
             ORDER BY p.university_id, p.code
            """;
    private static final String TARGETS = """
            SELECT program_id, occupation_uri, isco_code FROM programs.target_occupation
             WHERE (CAST(:id AS uuid) IS NULL OR program_id = :id) ORDER BY program_id, occupation_uri
            """;
    private static final String SECTORS = """
            SELECT program_id, nace_section FROM programs.target_sector
             WHERE (CAST(:id AS uuid) IS NULL OR program_id = :id) ORDER BY program_id, nace_section
            """;
    /** A skill's level is the highest confirmed one; its disciplines are those linked directly or through outcomes. */
    private static final String SKILLS = """
            SELECT l.program_id, l.skill_uri,
                   max(CASE l.level WHEN 'MASTERED' THEN 3 WHEN 'PRACTICED' THEN 2 ELSE 1 END) AS level_rank,
                   array_remove(array_agg(DISTINCT coalesce(d.code, od.code)), NULL) AS disciplines
              FROM programs.skill_link l
              LEFT JOIN programs.discipline d ON d.id = l.discipline_id
              LEFT JOIN programs.discipline_outcome dout ON dout.outcome_id = l.outcome_id
              LEFT JOIN programs.discipline od ON od.id = dout.discipline_id
             WHERE l.status = 'CONFIRMED' AND (CAST(:id AS uuid) IS NULL OR l.program_id = :id)
             GROUP BY l.program_id, l.skill_uri
             ORDER BY l.program_id, l.skill_uri
            """;
    /** Direct and through-outcome links as one union: an OR in the join would compare every discipline with every link. */
    private static final String CATALOG = """
            WITH linked AS (
                SELECT l.discipline_id, l.skill_uri FROM programs.skill_link l
                 WHERE l.status = 'CONFIRMED' AND l.discipline_id IS NOT NULL
                UNION
                SELECT dout.discipline_id, l.skill_uri FROM programs.skill_link l
                  JOIN programs.discipline_outcome dout ON dout.outcome_id = l.outcome_id
                 WHERE l.status = 'CONFIRMED')
            SELECT d.id, d.program_id, p.code AS program_code, p.university_id, d.code, d.title_kk, d.title_ru, d.title_en,
                   d.credits, array_agg(linked.skill_uri ORDER BY linked.skill_uri) AS skills
              FROM linked
              JOIN programs.discipline d ON d.id = linked.discipline_id
              JOIN programs.program p ON p.id = d.program_id
             GROUP BY d.id, p.code, p.university_id
             ORDER BY p.code, d.code
            """;

    private static final String OUTCOMES = """
            SELECT o.code, o.text_kk, o.text_ru, o.text_en FROM programs.learning_outcome o
              JOIN programs.program p ON p.id = o.program_id
             WHERE p.university_id = :university AND p.code = :code
             ORDER BY o.position, o.code
            """;

    private final NamedParameterJdbcTemplate jdbc;

    JdbcProgramRegister(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AlignmentProgram> alignmentPrograms() {
        return read(null);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AlignmentProgram> alignmentProgram(UUID programId) {
        return read(programId).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CatalogDiscipline> disciplineCatalog() {
        return jdbc.query(CATALOG, (rs, n) -> new CatalogDiscipline(rs.getObject("program_id", UUID.class),
                rs.getString("program_code"), rs.getObject("university_id", UUID.class), rs.getString("code"),
                text(rs, "title_"), rs.getInt("credits"), strings(rs, "skills")));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProgramOutcomeView> outcomes(UUID universityId, String programCode) {
        if (universityId == null || programCode == null) {
            return List.of();
        }
        return jdbc.query(OUTCOMES, new MapSqlParameterSource("university", universityId).addValue("code", programCode),
                (rs, n) -> new ProgramOutcomeView(rs.getString("code"), text(rs, "text_")));
    }

    private List<AlignmentProgram> read(UUID id) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", id);
        Map<UUID, List<String>> occupations = new LinkedHashMap<>();
        Map<UUID, List<String>> iscoCodes = new LinkedHashMap<>();
        jdbc.query(TARGETS, params, rs -> {
            UUID program = rs.getObject("program_id", UUID.class);
            occupations.computeIfAbsent(program, k -> new ArrayList<>()).add(rs.getString("occupation_uri"));
            List<String> codes = iscoCodes.computeIfAbsent(program, k -> new ArrayList<>());
            if (!codes.contains(rs.getString("isco_code"))) {
                codes.add(rs.getString("isco_code"));
            }
        });
        Map<UUID, List<String>> sectors = new LinkedHashMap<>();
        jdbc.query(SECTORS, params, rs -> {
            sectors.computeIfAbsent(rs.getObject("program_id", UUID.class), k -> new ArrayList<>()).add(rs.getString("nace_section"));
        });
        Map<UUID, List<TaughtSkill>> skills = new LinkedHashMap<>();
        jdbc.query(SKILLS, params, rs -> {
            skills.computeIfAbsent(rs.getObject("program_id", UUID.class), k -> new ArrayList<>()).add(new TaughtSkill(
                    rs.getString("skill_uri"), SkillLevel.values()[rs.getInt("level_rank") - 1], strings(rs, "disciplines")));
        });
        return jdbc.query(PROGRAMS, params, (rs, n) -> {
            UUID program = rs.getObject("id", UUID.class);
            return new AlignmentProgram(program, rs.getObject("university_id", UUID.class), rs.getString("code"),
                    text(rs, "title_"), ProgramLevel.valueOf(rs.getString("level")), rs.getString("field_code"),
                    rs.getString("area_code"), rs.getString("region_code"), ProgramType.valueOf(rs.getString("program_type")),
                    rs.getInt("intake"), rs.getInt("graduates"), occupations.getOrDefault(program, List.of()),
                    iscoCodes.getOrDefault(program, List.of()), sectors.getOrDefault(program, List.of()),
                    skills.getOrDefault(program, List.of()));
        });
    }

    private static LocalizedText text(ResultSet rs, String prefix) throws SQLException {
        return LocalizedText.of(rs.getString(prefix + "kk"), rs.getString(prefix + "ru"), rs.getString(prefix + "en"));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
