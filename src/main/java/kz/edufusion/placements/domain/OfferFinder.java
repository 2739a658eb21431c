package kz.edufusion.placements.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The search students use: published offers of active companies only, with the skill-match score computed in the
 * query so that "best match first" sorts across pages. The score is the share of the offer's required skills the
 * student has, in whole percent: round(100 * |required AND student's| / |required|); an offer that lists no skills
 * has no score (null), since it rules nobody out.
 */
@Repository
class OfferFinder {

    static final String MATCH = "(SELECT round(100.0 * count(*) FILTER (WHERE s.skill_uri = ANY(:mine)) / nullif(count(*), 0)) "
            + "FROM placements.offer_skill s WHERE s.offer_id = o.id)";

    static final String MATCHES = "(SELECT offer_id, round(100.0 * count(*) FILTER (WHERE skill_uri = ANY(:mine)) / count(*)) "
            + "AS match FROM placements.offer_skill GROUP BY offer_id)";

    private final JdbcClient jdbc;
    private final OfferStore offers;

    OfferFinder(JdbcClient jdbc, OfferStore offers) {
        this.jdbc = jdbc;
        this.offers = offers;
    }

    record Found(Offer offer, Integer matchPercent) {
    }

    record Result(List<Found> items, long total) {
    }

    Result search(OfferFilter filter, UUID[] activeCompanies, String[] studentSkills, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" FROM placements.offer o WHERE o.status = 'PUBLISHED' AND o.company_id = ANY(:active)");
        params.put("active", activeCompanies);
        params.put("mine", studentSkills);
        if (filter.type() != null) {
            where.append(" AND o.offer_type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
            where.append(" AND o.region_code = :region");
            params.put("region", filter.regionCode());
        }
        if (filter.remoteOnly()) {
            where.append(" AND o.remote");
        }
        if (filter.paidOnly()) {
            where.append(" AND o.stipend_kzt > 0");
        }
        if (filter.fieldCode() != null && !filter.fieldCode().isBlank()) {
            where.append(" AND (NOT EXISTS (SELECT 1 FROM placements.offer_field f WHERE f.offer_id = o.id) OR EXISTS "
                    + "(SELECT 1 FROM placements.offer_field f WHERE f.offer_id = o.id AND f.field_code = :field))");
            params.put("field", filter.fieldCode());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND concat_ws(' ', o.title_kk, o.title_ru, o.title_en, o.description_kk, o.description_ru, "
                    + "o.description_en, o.city) ILIKE :text");
            params.put("text", "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("SELECT count(*)" + where).params(params).query(Long.class).single();
        // sorting by the score needs it for every offer found: one grouped pass over offer_skill, not a subquery per offer
        String select = filter.bestMatchFirst()
                ? "SELECT " + OfferStore.COLUMNS + ", m.match" + where.toString().replaceFirst(" WHERE ", " LEFT JOIN " + MATCHES
                        + " m ON m.offer_id = o.id WHERE ") + " ORDER BY m.match DESC NULLS LAST, o.published_at DESC, o.id"
                : "SELECT " + OfferStore.COLUMNS + ", " + MATCH + " AS match" + where + " ORDER BY o.published_at DESC, o.id";
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Found> items = new ArrayList<>();
        jdbc.sql(select + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new Found(offers.offer(rs, n), (Integer) (rs.getObject("match") == null ? null
                        : rs.getBigDecimal("match").intValue())))
                .list()
                .forEach(items::add);
        return new Result(items, total);
    }

    /**
     * The score of each of these offers for each of these students, in one grouped pass (the same formula as the
     * search); offers that list no skills have no row.
     */
    Map<UUID, Map<UUID, Integer>> matches(UUID[] offerIds, UUID[] studentIds) {
        Map<UUID, Map<UUID, Integer>> matches = new HashMap<>();
        jdbc.sql("SELECT s.offer_id, p.person_id, round(100.0 * count(m.skill_uri) / count(*)) AS match "
                        + "FROM placements.offer_skill s CROSS JOIN unnest(:students) AS p(person_id) "
                        + "LEFT JOIN placements.student_skill m ON m.person_id = p.person_id AND m.skill_uri = s.skill_uri "
                        + "WHERE s.offer_id = ANY(:offers) GROUP BY s.offer_id, p.person_id")
                .param("students", studentIds).param("offers", offerIds)
                .query((rs, n) -> matches.computeIfAbsent(rs.getObject(1, UUID.class), o -> new HashMap<>())
                        .put(rs.getObject(2, UUID.class), rs.getBigDecimal(3).intValue()))
                .list();
        return matches;
    }

    /** The score of one offer for one student (the same formula as the search). */
    Integer match(UUID offerId, String[] studentSkills) {
        int[] counts = jdbc.sql("SELECT count(*) FILTER (WHERE skill_uri = ANY(:mine)), count(*) FROM placements.offer_skill "
                        + "WHERE offer_id = :offer")
                .param("offer", offerId).param("mine", studentSkills)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        return counts[1] == 0 ? null : (int) Math.round(100.0 * counts[0] / counts[1]);
    }
}
