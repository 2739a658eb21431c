package kz.edufusion.labormarket.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edufusion.labormarket.normalize.SimHash;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds, for each new vacancy of a batch, the first non-duplicate vacancy of the same employer in the same region
 * whose text hash is at most {@link SimHash#NEAR_DUPLICATE_BITS} bits away: among stored vacancies (through the band
 * indexes of V1__vacancies.sql: with one band more than the bits allowed to differ, hashes that close agree exactly on
 * one band) and among the batch's earlier new vacancies. The region is part of the match because employers post one
 * text per city (EPAM's trainee calls in eight cities of the dev file): each such copy is hiring in its own region,
 * which the regional demand must count, while a re-post in the same region is the same vacancy again.
 */
final class NearDuplicates {

    /** {shift, mask} of each band, exactly as the indexes are written (the planner matches expressions literally). */
    static final int[][] BANDS = {{0, 511}, {9, 511}, {18, 511}, {27, 511}, {36, 511}, {45, 511}, {54, 1023}};
    private static final String CANDIDATES = java.util.Arrays.stream(BANDS).map(NearDuplicates::band)
            .collect(java.util.stream.Collectors.joining("\nUNION\n"));

    private record Candidate(long id, long hash) {
    }

    private final JdbcTemplate jdbc;

    private static String band(int[] band) {
        String stored = band[0] == 0 ? "(v.text_hash & " + band[1] + ")" : "((v.text_hash >> " + band[0] + ") & " + band[1] + ")";
        String probe = band[0] == 0 ? "(q.h & " + band[1] + ")" : "((q.h >> " + band[0] + ") & " + band[1] + ")";
        return "SELECT v.id, v.employer_key, coalesce(v.region_code, ''), v.text_hash FROM labormarket.vacancy v "
                + "JOIN unnest(?::text[], ?::text[], ?::bigint[]) AS q(k, r, h) ON v.employer_key = q.k AND " + stored
                + " = " + probe + " AND coalesce(v.region_code, '') = q.r WHERE v.duplicate_of IS NULL";
    }

    NearDuplicates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** For each of {@code fresh} (with the ids it will get), the id it duplicates, or null. */
    List<Long> find(List<PreparedVacancy> fresh, List<Long> ids) {
        Map<String, List<Candidate>> byScope = stored(fresh);
        List<Long> duplicateOf = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            PreparedVacancy vacancy = fresh.get(i);
            if (vacancy.employerKey() == null) {
                duplicateOf.add(null);
                continue;
            }
            List<Candidate> candidates = byScope.computeIfAbsent(scope(vacancy.employerKey(), vacancy.regionCode()),
                    k -> new ArrayList<>());
            Long original = candidates.stream().filter(c -> SimHash.nearIdentical(c.hash(), vacancy.textHash()))
                    .map(Candidate::id).min(Long::compare).orElse(null);
            duplicateOf.add(original);
            if (original == null) {
                candidates.add(new Candidate(ids.get(i), vacancy.textHash()));
            }
        }
        return duplicateOf;
    }

    private Map<String, List<Candidate>> stored(List<PreparedVacancy> fresh) {
        List<PreparedVacancy> probes = fresh.stream().filter(v -> v.employerKey() != null).toList();
        Map<String, List<Candidate>> byScope = new HashMap<>();
        if (probes.isEmpty()) {
            return byScope;
        }
        Object[] keys = probes.stream().map(PreparedVacancy::employerKey).toArray();
        Object[] regions = probes.stream().map(v -> v.regionCode() == null ? "" : v.regionCode()).toArray();
        Object[] hashes = probes.stream().map(PreparedVacancy::textHash).toArray();
        jdbc.query(CANDIDATES, ps -> {
            for (int band = 0; band < BANDS.length; band++) {
                ps.setArray(band * 3 + 1, ps.getConnection().createArrayOf("text", keys));
                ps.setArray(band * 3 + 2, ps.getConnection().createArrayOf("text", regions));
                ps.setArray(band * 3 + 3, ps.getConnection().createArrayOf("bigint", hashes));
            }
        }, rs -> {
            byScope.computeIfAbsent(scope(rs.getString(2), rs.getString(3)), k -> new ArrayList<>())
                    .add(new Candidate(rs.getLong(1), rs.getLong(4)));
        });
        return byScope;
    }

    /** Employer and region: only vacancies within one scope can be copies of each other. */
    private static String scope(String employerKey, String regionCode) {
        return employerKey + '\u0000' + (regionCode == null ? "" : regionCode);
    }
}
