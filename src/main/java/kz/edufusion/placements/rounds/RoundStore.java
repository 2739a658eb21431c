package kz.edufusion.placements.rounds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.placements.allocation.Category;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rounds, their offers and the students' rankings in the placements schema. */
@Repository
class RoundStore {

    private static final String SELECT = "SELECT id, university_id, name, status, deadline, seed, current_run_id, created_by, "
            + "published_at FROM placements.round ";

    private final JdbcClient jdbc;

    RoundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Round round) {
        jdbc.sql("INSERT INTO placements.round (id, university_id, name, status, deadline, seed, created_by) VALUES (?,?,?,?,?,?,?)")
                .params(round.id(), round.universityId(), round.name(), round.storedStatus().name(),
                        Timestamp.from(round.deadline()), round.seed(), round.createdBy())
                .update();
    }

    void rename(UUID id, String name, Instant deadline) {
        jdbc.sql("UPDATE placements.round SET name = ?, deadline = ?, updated_at = now() WHERE id = ?")
                .params(name, Timestamp.from(deadline), id).update();
    }

    Optional<Round> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = ?").param(id).query(RoundStore::round).optional();
    }

    /** The round with its row locked until the transaction ends: state changes of one round queue up here. */
    Optional<Round> lock(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = ? FOR UPDATE").param(id).query(RoundStore::round).optional();
    }

    List<Round> ofUniversities(UUID[] universities) {
        return jdbc.sql(SELECT + "WHERE university_id = ANY(?) ORDER BY created_at DESC, id").param(universities)
                .query(RoundStore::round).list();
    }

    /** The rounds of the university that students see (all but drafts), newest first. */
    List<Round> shownToStudents(UUID universityId) {
        return jdbc.sql(SELECT + "WHERE university_id = ? AND status <> 'DRAFT' ORDER BY deadline DESC, id").param(universityId)
                .query(RoundStore::round).list();
    }

    Optional<Round> named(UUID universityId, String name) {
        return jdbc.sql(SELECT + "WHERE university_id = ? AND name = ?").params(universityId, name).query(RoundStore::round)
                .optional();
    }

    void move(UUID id, RoundStatus to) {
        jdbc.sql("UPDATE placements.round SET status = ?, updated_at = now() WHERE id = ?").params(to.name(), id).update();
    }

    void published(UUID id, UUID by) {
        jdbc.sql("UPDATE placements.round SET status = 'PUBLISHED', published_at = now(), published_by = ?, updated_at = now() "
                + "WHERE id = ?").params(by, id).update();
    }

    void currentRun(UUID id, UUID runId) {
        jdbc.sql("UPDATE placements.round SET current_run_id = ?, status = 'RUN', updated_at = now() WHERE id = ?")
                .params(runId, id).update();
    }

    List<RoundOffer> offers(UUID roundId) {
        return jdbc.sql("SELECT offer_id, capacity, reserved_remote_region, reserved_targeted_grant, reserved_women_in_stem "
                        + "FROM placements.round_offer WHERE round_id = ? ORDER BY seq")
                .param(roundId).query((rs, n) -> {
                    Map<Category, Integer> reserves = new EnumMap<>(Category.class);
                    reserves.put(Category.REMOTE_REGION, rs.getInt("reserved_remote_region"));
                    reserves.put(Category.TARGETED_GRANT, rs.getInt("reserved_targeted_grant"));
                    reserves.put(Category.WOMEN_IN_STEM, rs.getInt("reserved_women_in_stem"));
                    return new RoundOffer(rs.getObject("offer_id", UUID.class), rs.getInt("capacity"), reserves);
                }).list();
    }

    /** Adds the offer or changes its seats (the order of the offers, by when they were added, stays). */
    void putOffer(UUID roundId, RoundOffer offer) {
        jdbc.sql("INSERT INTO placements.round_offer (round_id, offer_id, capacity, reserved_remote_region, "
                        + "reserved_targeted_grant, reserved_women_in_stem) VALUES (?,?,?,?,?,?) ON CONFLICT (round_id, offer_id) "
                        + "DO UPDATE SET capacity = EXCLUDED.capacity, reserved_remote_region = EXCLUDED.reserved_remote_region, "
                        + "reserved_targeted_grant = EXCLUDED.reserved_targeted_grant, "
                        + "reserved_women_in_stem = EXCLUDED.reserved_women_in_stem")
                .params(roundId, offer.offerId(), offer.capacity(), offer.reserved(Category.REMOTE_REGION),
                        offer.reserved(Category.TARGETED_GRANT), offer.reserved(Category.WOMEN_IN_STEM))
                .update();
    }

    void removeOffer(UUID roundId, UUID offerId) {
        jdbc.sql("DELETE FROM placements.round_offer WHERE round_id = ? AND offer_id = ?").params(roundId, offerId).update();
    }

    List<UUID> preferences(UUID roundId, UUID studentId) {
        return jdbc.sql("SELECT offer_id FROM placements.round_preference WHERE round_id = ? AND student_id = ? ORDER BY position")
                .params(roundId, studentId).query(UUID.class).list();
    }

    void replacePreferences(UUID roundId, UUID studentId, List<UUID> offerIds) {
        jdbc.sql("DELETE FROM placements.round_preference WHERE round_id = ? AND student_id = ?").params(roundId, studentId).update();
        for (int i = 0; i < offerIds.size(); i++) {
            jdbc.sql("INSERT INTO placements.round_preference (round_id, student_id, offer_id, position) VALUES (?,?,?,?)")
                    .params(roundId, studentId, offerIds.get(i), i + 1).update();
        }
    }

    /** Every ranking of the round, the students in the order of their ids (the order the lottery shuffles). */
    Map<UUID, List<UUID>> rankings(UUID roundId) {
        Map<UUID, List<UUID>> rankings = new LinkedHashMap<>();
        jdbc.sql("SELECT student_id, offer_id FROM placements.round_preference WHERE round_id = ? ORDER BY student_id, position")
                .param(roundId)
                .query((rs, n) -> rankings.computeIfAbsent(rs.getObject(1, UUID.class), s -> new ArrayList<>())
                        .add(rs.getObject(2, UUID.class)))
                .list();
        return rankings;
    }

    int rankingStudents(UUID roundId) {
        return jdbc.sql("SELECT count(DISTINCT student_id) FROM placements.round_preference WHERE round_id = ?").param(roundId)
                .query(Integer.class).single();
    }

    /** The rounds shown to students (not drafts) that hold an offer of one of these companies, newest first. */
    List<Round> withOffersOf(UUID[] companies) {
        return jdbc.sql(SELECT + "WHERE status <> 'DRAFT' AND id IN (SELECT ro.round_id FROM placements.round_offer ro "
                        + "JOIN placements.offer o ON o.id = ro.offer_id WHERE o.company_id = ANY(?)) ORDER BY deadline DESC, id")
                .param(companies).query(RoundStore::round).list();
    }

    /** The students who ranked the offer in the round, by their choice number (1 = first). */
    Map<UUID, Integer> applicants(UUID roundId, UUID offerId) {
        Map<UUID, Integer> applicants = new LinkedHashMap<>();
        jdbc.sql("SELECT student_id, position FROM placements.round_preference WHERE round_id = ? AND offer_id = ? "
                        + "ORDER BY position, saved_at, student_id")
                .params(roundId, offerId).query((rs, n) -> applicants.put(rs.getObject(1, UUID.class), rs.getInt(2))).list();
        return applicants;
    }

    /** The company's scores at each offer of the round: offer id to student id to score. */
    Map<UUID, Map<UUID, Integer>> companyScores(UUID roundId) {
        Map<UUID, Map<UUID, Integer>> scores = new HashMap<>();
        jdbc.sql("SELECT offer_id, student_id, score FROM placements.round_offer_score WHERE round_id = ?").param(roundId)
                .query((rs, n) -> scores.computeIfAbsent(rs.getObject(1, UUID.class), o -> new HashMap<>())
                        .put(rs.getObject(2, UUID.class), rs.getInt(3)))
                .list();
        return scores;
    }

    /** Sets (or, for null, clears) the company's score of a student at an offer of the round. */
    void companyScore(UUID roundId, UUID offerId, UUID studentId, Integer score, UUID by) {
        if (score == null) {
            jdbc.sql("DELETE FROM placements.round_offer_score WHERE round_id = ? AND offer_id = ? AND student_id = ?")
                    .params(roundId, offerId, studentId).update();
        } else {
            jdbc.sql("INSERT INTO placements.round_offer_score (round_id, offer_id, student_id, score, scored_by) VALUES (?,?,?,?,?) "
                            + "ON CONFLICT (round_id, offer_id, student_id) DO UPDATE SET score = EXCLUDED.score, "
                            + "scored_by = EXCLUDED.scored_by, scored_at = now()")
                    .params(roundId, offerId, studentId, score, by).update();
        }
    }

    private static Round round(ResultSet rs, int row) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new Round(rs.getObject("id", UUID.class), rs.getObject("university_id", UUID.class), rs.getString("name"),
                RoundStatus.valueOf(rs.getString("status")), rs.getTimestamp("deadline").toInstant(), rs.getLong("seed"),
                rs.getObject("current_run_id", UUID.class), rs.getObject("created_by", UUID.class),
                published == null ? null : published.toInstant());
    }
}
