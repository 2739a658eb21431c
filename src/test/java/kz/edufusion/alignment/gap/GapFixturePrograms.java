package kz.edufusion.alignment.gap;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Programs of the register written straight into its tables for the alignment integration tests, and removed. */
final class GapFixturePrograms {

    private final JdbcTemplate jdbc;
    /** Each test class its own ISCO group, so the vacancies of one never count for another's programs. */
    final String isco;

    GapFixturePrograms(JdbcTemplate jdbc, String isco) {
        this.jdbc = jdbc;
        this.isco = isco;
    }

    void iscoOf(long vacancy) {
        jdbc.update("UPDATE labormarket.vacancy SET isco_code = ? WHERE id = ?", isco, vacancy);
    }

    UUID university(String shortName) {
        return jdbc.queryForObject("SELECT id FROM identity.organization WHERE short_name = ?", UUID.class, shortName);
    }

    /** A bachelor program in field 06 targeting the fixture's ISCO group (no sector limit), with one intake. */
    void program(UUID id, UUID university, String code, String region, int intake) {
        jdbc.update("""
                INSERT INTO programs.program (id, university_id, code, level, nqf_level, field_code, area_code, title_en,
                    title_ru, title_kk, program_type, region_code)
                VALUES (?, ?, ?, 'BACHELOR', 6, '06', '069', 'Gap fixture ' || ?, 'Фикстура ' || ?, 'Фикстура ' || ?, 'EXISTING', ?)
                """, id, university, code, code, code, code, region);
        jdbc.update("INSERT INTO programs.program_cohort VALUES (?, 2025, ?, 0)", id, intake);
        jdbc.update("INSERT INTO programs.target_occupation VALUES (?, 'http://example.org/occ/gap-fixture', ?, true)", id, isco);
    }

    /** A discipline of the program whose confirmed link teaches the skill at the level. */
    void discipline(UUID program, String code, String skill, String level) {
        UUID discipline = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO programs.discipline (id, program_id, code, title_en, title_ru, title_kk, cycle, component, credits)
                VALUES (?, ?, ?, 'Discipline ' || ?, 'Дисциплина ' || ?, 'Пән ' || ?, 'BD', 'CORE', 5)
                """, discipline, program, code, code, code, code);
        jdbc.update("""
                INSERT INTO programs.skill_link (id, program_id, outcome_id, discipline_id, skill_uri, status, level)
                VALUES (?, ?, NULL, ?, ?, 'CONFIRMED', ?)
                """, UUID.randomUUID(), program, discipline, skill, level);
    }

    void target(UUID program) {
        jdbc.update("INSERT INTO programs.target_occupation VALUES (?, 'http://example.org/occ/gap-fixture', ?, true)",
                program, isco);
    }

    void remove(UUID... programs) {
        for (UUID id : programs) {
            jdbc.update("DELETE FROM programs.program WHERE id = ?", id);
            jdbc.update("DELETE FROM alignment.program_score WHERE program_id = ?", id);
            jdbc.update("DELETE FROM alignment.program_gap WHERE program_id = ?", id);
        }
    }
}
