package kz.edufusion.labormarket.imports;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edufusion.labormarket.normalize.SimHash;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a batch of prepared vacancies in the caller's transaction, a few set-based statements per batch: upsert by (source, source_id)
 * (an unchanged content hash writes nothing), the skills of new and changed vacancies, and duplicate_of for a new
 * vacancy whose employer has a non-duplicate vacancy at most {@link SimHash#NEAR_DUPLICATE_BITS} bits away (in the
 * database or earlier in the batch). The batch must not hold one source id twice.
 */
final class VacancyWriter {

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
        if (!fresh.isEmpty()) {
            jdbc.update(VacancyColumns.INSERT, (PreparedStatement ps) -> VacancyColumns.insert(ps, fresh, ids, duplicateOf, runId));
        }
    }

    private void update(List<PreparedVacancy> updated, List<Long> ids, long runId) {
        if (!updated.isEmpty()) {
            jdbc.update(VacancyColumns.UPDATE, (PreparedStatement ps) -> VacancyColumns.update(ps, updated, ids, runId));
        }
    }

    private void insertSkills(List<PreparedVacancy> vacancies, List<Long> ids) {
        List<Long> vacancyIds = new ArrayList<>();
        List<String> uris = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        for (int i = 0; i < vacancies.size(); i++) {
            for (PreparedVacancy.Skill skill : vacancies.get(i).skills()) {
                vacancyIds.add(ids.get(i));
                uris.add(skill.uri());
                scores.add(skill.score());
                origins.add(skill.origin());
            }
        }
        if (vacancyIds.isEmpty()) {
            return;
        }
        jdbc.update("INSERT INTO labormarket.vacancy_skill (vacancy_id, skill_uri, score, origin) "
                + "SELECT * FROM unnest(?::bigint[], ?::text[], ?::real[], ?::text[]) "
                + "ON CONFLICT (vacancy_id, skill_uri) DO NOTHING", (PreparedStatement ps) -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("bigint", vacancyIds.toArray()));
                    ps.setArray(2, ps.getConnection().createArrayOf("text", uris.toArray()));
                    ps.setArray(3, ps.getConnection().createArrayOf("float4", scores.toArray()));
                    ps.setArray(4, ps.getConnection().createArrayOf("text", origins.toArray()));
                });
    }
}
