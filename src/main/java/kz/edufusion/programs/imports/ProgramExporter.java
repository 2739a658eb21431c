package kz.edufusion.programs.imports;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.programs.domain.ProgramAccess;
import kz.edufusion.programs.domain.ProgramStore;
import kz.edufusion.programs.domain.ProgramView;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register in the import layout: a coordinator's or educator's own universities, all for those who read all
 * (optionally one university). Children are read in one query per table, not one per program.
 */
@Service
public class ProgramExporter {

    private final ProgramStore programs;
    private final ProgramAccess access;
    private final NamedParameterJdbcTemplate jdbc;

    ProgramExporter(ProgramStore programs, ProgramAccess access, NamedParameterJdbcTemplate jdbc) {
        this.programs = programs;
        this.access = access;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ExportTables export(CurrentUser user, UUID university) {
        access.requireRegister(user);
        Collection<UUID> scope = access.readable(user);
        if (university != null) {
            access.requireRead(user, university);
            scope = java.util.List.of(university);
        }
        ExportTables tables = new ExportTables();
        Map<UUID, ProgramView> byId = programs.all(scope).stream().collect(Collectors.toMap(ProgramView::id,
                Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        byId.values().forEach(p -> tables.add(Sheet.PROGRAMS, p.code(), p.level().name(), p.title().kk(), p.title().ru(),
                p.title().en(), p.groupCode(), p.degree(), p.credits(), String.join(";", p.languages()), p.type().name(),
                p.accreditationAgency(), p.accreditedUntil() == null ? null : p.accreditedUntil().toString(),
                p.regionCode(), p.atlasProfession()));
        if (byId.isEmpty()) {
            return tables;
        }
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", byId.keySet());
        jdbc.query("""
                SELECT program_id, code, text_kk, text_ru, text_en FROM programs.learning_outcome
                 WHERE program_id IN (:ids) ORDER BY program_id, position, code
                """, ids, rs -> {
            tables.add(Sheet.OUTCOMES, byId.get(rs.getObject("program_id", UUID.class)).code(), rs.getString("code"),
                    rs.getString("text_kk"), rs.getString("text_ru"), rs.getString("text_en"));
        });
        jdbc.query("""
                SELECT d.program_id, d.code, d.title_kk, d.title_ru, d.title_en, d.cycle, d.component, d.credits,
                       (SELECT string_agg(o.code, ';' ORDER BY o.position, o.code) FROM programs.discipline_outcome dout
                          JOIN programs.learning_outcome o ON o.id = dout.outcome_id WHERE dout.discipline_id = d.id) AS outcomes
                  FROM programs.discipline d WHERE d.program_id IN (:ids) ORDER BY d.program_id, d.position, d.code
                """, ids, rs -> {
            tables.add(Sheet.DISCIPLINES, byId.get(rs.getObject("program_id", UUID.class)).code(), rs.getString("code"),
                    rs.getString("title_kk"), rs.getString("title_ru"), rs.getString("title_en"), rs.getString("cycle"),
                    rs.getString("component"), rs.getInt("credits"), rs.getString("outcomes"));
        });
        jdbc.query("""
                SELECT program_id, academic_year, intake, graduates FROM programs.program_cohort
                 WHERE program_id IN (:ids) ORDER BY program_id, academic_year
                """, ids, rs -> {
            tables.add(Sheet.COHORTS, byId.get(rs.getObject("program_id", UUID.class)).code(), rs.getInt("academic_year"),
                    rs.getInt("intake"), rs.getInt("graduates"));
        });
        return tables;
    }
}
