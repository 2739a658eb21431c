package kz.edufusion.alignment.national;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Programs (with cohorts, target occupations and sectors), alignment scores and vacancies with ISCO groups, written
 * straight into the tables for the national view and report tests, under a university and a vacancy source of
 * their own so {@link #remove()} takes away exactly what the fixture wrote.
 */
public final class NationalFixture {

    private final JdbcTemplate jdbc;
    private final UUID university = UUID.randomUUID();
    private final String source = "test-national-" + UUID.randomUUID().toString().substring(0, 8);
    private Long run;
    private int vacancies;

    public NationalFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A bachelor program (code 6B + field + area digit + 2 digits) with its latest cohort, occupations and sectors. */
    public UUID program(String code, String region, String type, int intake, int graduates, List<String> iscoCodes,
            List<String> sectors) {
        UUID id = UUID.randomUUID();
        String field = code.substring(2, 4);
        jdbc.update("""
                INSERT INTO programs.program (id, university_id, code, level, nqf_level, field_code, area_code, title_kk,
                    title_ru, title_en, program_type, region_code) VALUES (?, ?, ?, 'BACHELOR', 6, ?, ?, ?, ?, ?, ?, ?)
                """, id, university, code, field, code.substring(2, 5), "Бағдарлама " + code, "Программа " + code,
                "Program " + code, type, region);
        jdbc.update("INSERT INTO programs.program_cohort VALUES (?, 2025, ?, ?)", id, intake, graduates);
        for (String isco : iscoCodes) {
            jdbc.update("INSERT INTO programs.target_occupation VALUES (?, ?, ?, false)", id,
                    "http://example.org/occupation/" + isco + "/" + id, isco);
        }
        for (String sector : sectors) {
            jdbc.update("INSERT INTO programs.target_sector VALUES (?, ?)", id, sector);
        }
        return id;
    }

    public void score(UUID program, String code, String region, double score) {
        score(program, code, region, score, 10);
    }

    /** A stored score; {@code demandedSkills} 0 is what the recompute stores for a program it could not measure. */
    public void score(UUID program, String code, String region, double score, int demandedSkills) {
        if (run == null) {
            run = jdbc.queryForObject("""
                    INSERT INTO alignment.alignment_run (trigger, started_at, finished_at, programs, duration_ms)
                    VALUES ('ADMIN', now(), now(), 0, 0) RETURNING id""", Long.class);
        }
        jdbc.update("""
                INSERT INTO alignment.program_score (program_id, university_id, code, field_code, region_code, score,
                    demanded_skills, missing_skills, run_id, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, 3, ?, now())
                """, program, university, code, code.substring(2, 4), region, score, demandedSkills, run);
    }

    /** {@code count} vacancies of the month for an occupation group in a region and NACE section, with the skills. */
    public void vacancies(YearMonth month, String region, String isco, String section, int count, String... skills) {
        for (int i = 0; i < count; i++) {
            Long id = jdbc.queryForObject("""
                    INSERT INTO labormarket.vacancy (source, source_id, title, region_code, nace_section, isco_code,
                        published_at, published_month, text_hash) VALUES (?, ?, 'Fixture vacancy', ?, ?, ?, ?, ?, ?) RETURNING id
                    """, Long.class, source, "v" + (++vacancies), region, section, isco,
                    Timestamp.from(month.atDay(10).atTime(9, 0).toInstant(ZoneOffset.ofHours(5))),
                    Date.valueOf(month.atDay(1)), (long) vacancies * 7919);
            for (String skill : skills) {
                jdbc.update("INSERT INTO labormarket.vacancy_skill (vacancy_id, skill_uri, score, origin) VALUES (?, ?, 0.9, 'TEXT')",
                        id, skill);
            }
        }
    }

    public UUID university() {
        return university;
    }

    public void remove() {
        jdbc.update("DELETE FROM alignment.program_score WHERE university_id = ?", university);
        if (run != null) {
            jdbc.update("DELETE FROM alignment.alignment_run WHERE id = ?", run);
        }
        jdbc.update("DELETE FROM programs.program WHERE university_id = ?", university);
        jdbc.update("DELETE FROM labormarket.vacancy_skill WHERE vacancy_id IN (SELECT id FROM labormarket.vacancy WHERE source = ?)", source);
        jdbc.update("DELETE FROM labormarket.vacancy WHERE source = ?", source);
    }
}
