package kz.edufusion.labormarket.imports;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edufusion.labormarket.normalize.SimHash;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a batch of prepared vacancies in the caller's transaction with JDBC batches: upsert by (source, source_id)
 * (an unchanged content hash writes nothing), the skills of new and changed vacancies, and duplicate_of for a new
 * vacancy whose employer has a non-duplicate vacancy at most {@link SimHash#NEAR_DUPLICATE_BITS} bits away (in the
 * database or earlier in the batch). The batch must not hold one source id twice.
 */
final class VacancyWriter {

    private static final String COLUMNS = "title, description, language, city, region_code, salary_from, salary_to, "
            + "salary_currency, salary_gross, salary_kzt_month, experience, schedule, employment, employer_name, "
            + "employer_key, organization_id, nace_section, occupation_uri, isco_code, tags, url, published_at, "
            + "published_month, text_hash, content_hash, import_run_id";
    private static final String INSERT = "INSERT INTO labormarket.vacancy (id, source, source_id, duplicate_of, " + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE labormarket.vacancy SET ("
            + COLUMNS + ", updated_at) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now()) WHERE id = ?";

    private final JdbcTemplate jdbc;
    private final NearDuplicates nearDuplicates;

    VacancyWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.nearDuplicates = new NearDuplicates(jdbc);
    }

    BatchOutcome write(String source, List<PreparedVacancy> batch, long runId) {
        if (batch.isEmpty()) {
            return new BatchOutcome(0, 0, 0, 0);
        }
        Map<String, long[]> existing = existing(source, batch);
        List<PreparedVacancy> fresh = new ArrayList<>();
        List<Long> updatedIds = new ArrayList<>();
        List<PreparedVacancy> updated = new ArrayList<>();
        int unchanged = 0;
        for (PreparedVacancy vacancy : batch) {
            long[] known = existing.get(vacancy.sourceId());
            if (known == null) {
                fresh.add(vacancy);
            } else if (known[1] == vacancy.contentHash()) {
                unchanged++;
            } else {
                updated.add(vacancy);
                updatedIds.add(known[0]);
            }
        }
        List<Long> ids = newIds(fresh.size());
        List<Long> duplicateOf = nearDuplicates.find(fresh, ids);
        insert(fresh, ids, duplicateOf, runId);
        update(updated, updatedIds, runId);
        if (!updatedIds.isEmpty()) {
            jdbc.update("DELETE FROM labormarket.vacancy_skill WHERE vacancy_id = ANY(?)",
                    (PreparedStatement ps) -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", updatedIds.toArray())));
        }
        List<PreparedVacancy> withSkills = new ArrayList<>(fresh);
        withSkills.addAll(updated);
        List<Long> skillIds = new ArrayList<>(ids);
        skillIds.addAll(updatedIds);
        insertSkills(withSkills, skillIds);
        int duplicates = (int) duplicateOf.stream().filter(d -> d != null).count();
        return new BatchOutcome(fresh.size() - duplicates, duplicates, updated.size(), unchanged);
    }

    /** source_id -> {id, content_hash} of the batch's vacancies already stored. */
    private Map<String, long[]> existing(String source, List<PreparedVacancy> batch) {
        Map<String, long[]> found = new HashMap<>();
        jdbc.query("SELECT id, source_id, coalesce(content_hash, 0) FROM labormarket.vacancy WHERE source = ? AND source_id = ANY(?)",
                ps -> {
                    ps.setString(1, source);
                    ps.setArray(2, ps.getConnection().createArrayOf("text", batch.stream().map(PreparedVacancy::sourceId).toArray()));
                },
                rs -> {
                    found.put(rs.getString(2), new long[] {rs.getLong(1), rs.getLong(3)});
                });
        return found;
    }

    private List<Long> newIds(int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList("SELECT nextval('labormarket.vacancy_id_seq') FROM generate_series(1, ?)", Long.class, count);
    }

    private void insert(List<PreparedVacancy> fresh, List<Long> ids, List<Long> duplicateOf, long runId) {
        batch(INSERT, fresh.size(), (ps, i) -> {
            PreparedVacancy v = fresh.get(i);
            ps.setLong(1, ids.get(i));
            ps.setString(2, v.source());
            ps.setString(3, v.sourceId());
            ps.setObject(4, duplicateOf.get(i), Types.BIGINT);
            values(ps, v, 5, runId);
        });
    }

    private void update(List<PreparedVacancy> updated, List<Long> ids, long runId) {
        batch(UPDATE, updated.size(), (ps, i) -> {
            int next = values(ps, updated.get(i), 1, runId);
            ps.setLong(next, ids.get(i));
        });
    }

    private interface RowSetter {
        void set(PreparedStatement ps, int index) throws SQLException;
    }

    private void batch(String sql, int size, RowSetter setter) {
        if (size == 0) {
            return;
        }
        jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                setter.set(ps, i);
            }

            @Override
            public int getBatchSize() {
                return size;
            }
        });
    }

    /** Sets the shared columns from {@code at}; answers the next parameter index. */
    private static int values(PreparedStatement ps, PreparedVacancy v, int at, long runId) throws SQLException {
        int i = at;
        ps.setString(i++, v.title());
        ps.setString(i++, v.description());
        ps.setString(i++, v.language());
        ps.setString(i++, v.city());
        ps.setString(i++, v.regionCode());
        ps.setBigDecimal(i++, v.salaryFrom());
        ps.setBigDecimal(i++, v.salaryTo());
        ps.setString(i++, v.salaryCurrency());
        ps.setObject(i++, v.salaryGross(), Types.BOOLEAN);
        ps.setBigDecimal(i++, v.salaryKztMonth());
        ps.setString(i++, v.experience());
        ps.setString(i++, v.schedule());
        ps.setString(i++, v.employment());
        ps.setString(i++, v.employerName());
        ps.setString(i++, v.employerKey());
        ps.setObject(i++, v.organizationId(), Types.OTHER);
        ps.setString(i++, v.naceSection());
        ps.setString(i++, v.occupationUri());
        ps.setString(i++, v.iscoCode());
        Array tags = ps.getConnection().createArrayOf("text", v.tags().toArray());
        ps.setArray(i++, tags);
        ps.setString(i++, v.url());
        ps.setTimestamp(i++, Timestamp.from(v.publishedAt().toInstant()));
        ps.setObject(i++, v.publishedMonth());
        ps.setLong(i++, v.textHash());
        ps.setLong(i++, v.contentHash());
        ps.setLong(i++, runId);
        return i;
    }

    private void insertSkills(List<PreparedVacancy> vacancies, List<Long> ids) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < vacancies.size(); i++) {
            for (PreparedVacancy.Skill skill : vacancies.get(i).skills()) {
                rows.add(new Object[] {ids.get(i), skill.uri(), skill.score(), skill.origin()});
            }
        }
        jdbc.batchUpdate("INSERT INTO labormarket.vacancy_skill (vacancy_id, skill_uri, score, origin) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (vacancy_id, skill_uri) DO NOTHING", rows);
    }
}
