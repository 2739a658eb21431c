package kz.edufusion.programs.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Outcomes, disciplines (with the outcomes they serve) and cohorts of a program, each kept by its code (or year)
 * within the program: saving a code that exists updates that row in place, so its id and skill links survive.
 */
@Repository
public class ChildStore {

    private final NamedParameterJdbcTemplate jdbc;

    ChildStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The outcome's id and whether its text changed (a new outcome counts as changed). */
    public Saved saveOutcome(UUID program, OutcomeDraft o) {
        Optional<OutcomeView> before = outcomes(program).stream().filter(x -> x.code().equals(o.code())).findFirst();
        MapSqlParameterSource p = new MapSqlParameterSource("program", program).addValue("code", o.code())
                .addValue("kk", o.textKk()).addValue("ru", o.textRu()).addValue("en", o.textEn());
        if (before.isPresent()) {
            jdbc.update("UPDATE programs.learning_outcome SET text_kk = :kk, text_ru = :ru, text_en = :en WHERE id = :id",
                    p.addValue("id", before.get().id()));
            LocalizedText now = LocalizedText.of(o.textKk(), o.textRu(), o.textEn());
            return new Saved(before.get().id(), !now.equals(before.get().text()));
        }
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO programs.learning_outcome (id, program_id, code, position, text_kk, text_ru, text_en)
                VALUES (:id, :program, :code, (SELECT coalesce(max(position), 0) + 1 FROM programs.learning_outcome
                                              WHERE program_id = :program), :kk, :ru, :en)
                """, p.addValue("id", id));
        return new Saved(id, true);
    }

    public List<OutcomeView> outcomes(UUID program) {
        return jdbc.query("SELECT id, code, position, text_kk, text_ru, text_en FROM programs.learning_outcome"
                        + " WHERE program_id = :program ORDER BY position, code", new MapSqlParameterSource("program", program),
                (rs, n) -> new OutcomeView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getInt("position"),
                        LocalizedText.of(rs.getString("text_kk"), rs.getString("text_ru"), rs.getString("text_en"))));
    }

    public boolean deleteOutcome(UUID program, UUID outcome) {
        return jdbc.update("DELETE FROM programs.learning_outcome WHERE program_id = :program AND id = :id",
                new MapSqlParameterSource("program", program).addValue("id", outcome)) > 0;
    }

    /** Saves the discipline and replaces the outcomes it serves; answers its id and whether its title changed. */
    public Saved saveDiscipline(UUID program, DisciplineDraft d) {
        Optional<DisciplineView> before = disciplines(program).stream().filter(x -> x.code().equals(d.code())).findFirst();
        MapSqlParameterSource p = new MapSqlParameterSource("program", program).addValue("code", d.code())
                .addValue("kk", d.titleKk()).addValue("ru", d.titleRu()).addValue("en", d.titleEn())
                .addValue("cycle", d.cycle().name()).addValue("component", d.component().name())
                .addValue("credits", d.credits());
        UUID id;
        boolean changed;
        if (before.isPresent()) {
            id = before.get().id();
            changed = !LocalizedText.of(d.titleKk(), d.titleRu(), d.titleEn()).equals(before.get().title());
            jdbc.update("""
                    UPDATE programs.discipline SET title_kk = :kk, title_ru = :ru, title_en = :en, cycle = :cycle,
                        component = :component, credits = :credits WHERE id = :id
                    """, p.addValue("id", id));
        } else {
            id = UUID.randomUUID();
            changed = true;
            jdbc.update("""
                    INSERT INTO programs.discipline (id, program_id, code, position, title_kk, title_ru, title_en, cycle,
                        component, credits)
                    VALUES (:id, :program, :code, (SELECT coalesce(max(position), 0) + 1 FROM programs.discipline
                                                  WHERE program_id = :program), :kk, :ru, :en, :cycle, :component, :credits)
                    """, p.addValue("id", id));
        }
        MapSqlParameterSource links = new MapSqlParameterSource("id", id).addValue("program", program);
        jdbc.update("DELETE FROM programs.discipline_outcome WHERE discipline_id = :id", links);
        if (!d.outcomeCodes().isEmpty()) {
            jdbc.update("""
                    INSERT INTO programs.discipline_outcome (discipline_id, outcome_id)
                    SELECT :id, o.id FROM programs.learning_outcome o WHERE o.program_id = :program AND o.code IN (:codes)
                    """, links.addValue("codes", d.outcomeCodes()));
        }
        return new Saved(id, changed);
    }

    public List<DisciplineView> disciplines(UUID program) {
        MapSqlParameterSource p = new MapSqlParameterSource("program", program);
        Map<UUID, List<String>> served = new LinkedHashMap<>();
        jdbc.query("""
                SELECT dout.discipline_id, o.code FROM programs.discipline_outcome dout
                  JOIN programs.learning_outcome o ON o.id = dout.outcome_id
                 WHERE o.program_id = :program ORDER BY o.position, o.code
                """, p, rs -> {
            served.computeIfAbsent(rs.getObject("discipline_id", UUID.class), k -> new ArrayList<>()).add(rs.getString("code"));
        });
        return jdbc.query("""
                SELECT id, code, position, title_kk, title_ru, title_en, cycle, component, credits FROM programs.discipline
                 WHERE program_id = :program ORDER BY position, code
                """, p, (rs, n) -> {
            UUID id = rs.getObject("id", UUID.class);
            return new DisciplineView(id, rs.getString("code"), rs.getInt("position"),
                    LocalizedText.of(rs.getString("title_kk"), rs.getString("title_ru"), rs.getString("title_en")),
                    DisciplineCycle.valueOf(rs.getString("cycle")), DisciplineComponent.valueOf(rs.getString("component")),
                    rs.getInt("credits"), served.getOrDefault(id, List.of()));
        });
    }

    public boolean deleteDiscipline(UUID program, UUID discipline) {
        return jdbc.update("DELETE FROM programs.discipline WHERE program_id = :program AND id = :id",
                new MapSqlParameterSource("program", program).addValue("id", discipline)) > 0;
    }

    public void saveCohort(UUID program, CohortDraft c) {
        jdbc.update("""
                INSERT INTO programs.program_cohort (program_id, academic_year, intake, graduates)
                VALUES (:program, :year, :intake, :graduates)
                ON CONFLICT (program_id, academic_year) DO UPDATE SET intake = EXCLUDED.intake, graduates = EXCLUDED.graduates
                """, new MapSqlParameterSource("program", program).addValue("year", c.academicYear())
                .addValue("intake", c.intake()).addValue("graduates", c.graduates()));
    }

    public List<CohortView> cohorts(UUID program) {
        return jdbc.query("SELECT academic_year, intake, graduates FROM programs.program_cohort WHERE program_id = :program"
                        + " ORDER BY academic_year DESC", new MapSqlParameterSource("program", program),
                (rs, n) -> new CohortView(rs.getInt("academic_year"), rs.getInt("intake"), rs.getInt("graduates")));
    }

    public boolean deleteCohort(UUID program, int year) {
        return jdbc.update("DELETE FROM programs.program_cohort WHERE program_id = :program AND academic_year = :year",
                new MapSqlParameterSource("program", program).addValue("year", year)) > 0;
    }

    /** Removes the program's outcomes, disciplines or cohorts whose codes (years) a re-import no longer lists. */
    public void retainOutcomes(UUID program, List<String> codes) {
        retain("programs.learning_outcome", "code", program, codes);
    }

    public void retainDisciplines(UUID program, List<String> codes) {
        retain("programs.discipline", "code", program, codes);
    }

    public void retainCohorts(UUID program, List<Integer> years) {
        retain("programs.program_cohort", "academic_year", program, years);
    }

    private void retain(String table, String column, UUID program, List<?> keep) {
        MapSqlParameterSource p = new MapSqlParameterSource("program", program);
        String sql = "DELETE FROM " + table + " WHERE program_id = :program";
        if (!keep.isEmpty()) {
            sql += " AND " + column + " NOT IN (:keep)";
            p.addValue("keep", keep);
        }
        jdbc.update(sql, p);
    }

    /** An outcome or discipline saved: its id and whether the text skills are read from changed. */
    public record Saved(UUID id, boolean textChanged) {
    }
}
