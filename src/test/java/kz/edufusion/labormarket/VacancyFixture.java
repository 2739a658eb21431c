package kz.edufusion.labormarket;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Vacancies written straight into labormarket.vacancy / vacancy_skill for tests, under a source of their own
 * and in months of a far year of their own, so that the counts of one test class are not disturbed by
 * vacancies of others in the shared database.
 */
public final class VacancyFixture {

    public static final String JAVA = "http://data.europa.eu/esco/skill/19a8293b-8e95-4de3-983f-77484079c389";
    public static final String SQL = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742";
    public static final String PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";
    public static final String JAVASCRIPT = "http://data.europa.eu/esco/skill/3cd569a2-4f88-4c1e-9995-8dce8c5e51a7";
    public static final String DOCKER = "https://edufusion.kz/skill/docker";
    public static final String GIT = "https://edufusion.kz/skill/git";

    private final JdbcTemplate jdbc;
    private final String source;
    private final int year;
    private int sequence;

    public VacancyFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.source = "test-demand-" + UUID.randomUUID().toString().substring(0, 8);
        this.year = 2200 + ThreadLocalRandom.current().nextInt(7000);
    }

    /** A month of this fixture's own year (1..12). */
    public YearMonth month(int month) {
        return YearMonth.of(year, month);
    }

    public String source() {
        return source;
    }

    public Builder vacancy(int month) {
        return new Builder(month(month));
    }

    public final class Builder {

        private final YearMonth month;
        private String title = "Developer";
        private String description = "";
        private String region;
        private String nace;
        private BigDecimal salary;
        private String employer;
        private UUID organization;
        private Long duplicateOf;
        private String language = "ru";
        private List<String> skills = List.of();

        private Builder(YearMonth month) {
            this.month = month;
        }

        public Builder title(String value) { title = value; return this; }
        public Builder text(String value) { description = value; return this; }
        public Builder region(String value) { region = value; return this; }
        public Builder nace(String value) { nace = value; return this; }
        public Builder salary(long value) { salary = BigDecimal.valueOf(value); return this; }
        public Builder employer(String value) { employer = value; return this; }
        public Builder organization(UUID value) { organization = value; return this; }
        public Builder duplicateOf(long value) { duplicateOf = value; return this; }
        public Builder language(String value) { language = value; return this; }
        public Builder skills(String... uris) { skills = List.of(uris); return this; }

        public long insert() {
            String sourceId = "v" + (++sequence);
            Timestamp published = Timestamp.from(month.atDay(10).atTime(9, 0).toInstant(ZoneOffset.ofHours(5)));
            Long id = jdbc.queryForObject("""
                    INSERT INTO labormarket.vacancy (source, source_id, title, description, language, city, region_code,
                        salary_from, salary_to, salary_currency, salary_kzt_month, employer_name, employer_key,
                        organization_id, nace_section, tags, url, published_at, published_month, text_hash, duplicate_of)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?) RETURNING id""", Long.class,
                    source, sourceId, title, description, language, region == null ? null : "City of " + region, region,
                    salary, salary, salary == null ? null : "KZT", salary, employer,
                    employer == null ? null : employer.toLowerCase(), organization, nace,
                    "https://hh.kz/vacancy/" + source + "-" + sourceId, published, java.sql.Date.valueOf(month.atDay(1)),
                    (long) sequence * 7919, duplicateOf);
            double score = 0.9;
            for (String uri : skills) {
                jdbc.update("INSERT INTO labormarket.vacancy_skill (vacancy_id, skill_uri, score, origin) VALUES (?, ?, ?, 'TEXT')",
                        id, uri, score);
                score -= 0.1;
            }
            return id;
        }
    }
}
