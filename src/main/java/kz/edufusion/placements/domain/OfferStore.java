package kz.edufusion.placements.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.placements.OfferStatus;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.Selection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Offers and their skill, field and program lists in the placements schema. */
@Repository
class OfferStore {

    static final String COLUMNS = "o.id, o.company_id, o.created_by, o.offer_type, o.selection, o.title_kk, o.title_ru, "
            + "o.title_en, o.description_kk, o.description_ru, o.description_en, o.min_year, o.region_code, o.city, "
            + "o.remote, o.starts_on, o.ends_on, o.hours_per_week, o.seats, o.stipend_kzt, o.mentors, o.status, o.published_at";

    private final JdbcClient jdbc;

    OfferStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Offer offer) {
        OfferDraft t = offer.terms();
        jdbc.sql("INSERT INTO placements.offer (id, company_id, created_by, offer_type, selection, title_kk, title_ru, title_en, "
                        + "description_kk, description_ru, description_en, min_year, region_code, city, remote, starts_on, ends_on, "
                        + "hours_per_week, seats, stipend_kzt, mentors, status) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(offer.id(), offer.companyId(), offer.createdBy(), t.type().name(), t.selection().name(),
                        blank(t.title().kk()), blank(t.title().ru()), blank(t.title().en()), blank(description(t).kk()),
                        blank(description(t).ru()), blank(description(t).en()), t.minYear(), t.regionCode(), blank(t.city()),
                        t.remote(), t.startsOn(), t.endsOn(), t.hoursPerWeek(), t.seats(), t.stipendKzt(), blank(t.mentors()),
                        offer.status().name())
                .update();
        writeLists(offer);
    }

    void update(Offer offer) {
        OfferDraft t = offer.terms();
        jdbc.sql("UPDATE placements.offer SET offer_type = ?, selection = ?, title_kk = ?, title_ru = ?, title_en = ?, "
                        + "description_kk = ?, description_ru = ?, description_en = ?, min_year = ?, region_code = ?, city = ?, "
                        + "remote = ?, starts_on = ?, ends_on = ?, hours_per_week = ?, seats = ?, stipend_kzt = ?, mentors = ?, "
                        + "status = ?, published_at = ?, updated_at = now() WHERE id = ?")
                .params(t.type().name(), t.selection().name(), blank(t.title().kk()), blank(t.title().ru()),
                        blank(t.title().en()), blank(description(t).kk()), blank(description(t).ru()), blank(description(t).en()),
                        t.minYear(), t.regionCode(), blank(t.city()), t.remote(), t.startsOn(), t.endsOn(), t.hoursPerWeek(),
                        t.seats(), t.stipendKzt(), blank(t.mentors()), offer.status().name(),
                        offer.publishedAt() == null ? null : Timestamp.from(offer.publishedAt()), offer.id())
                .update();
        jdbc.sql("DELETE FROM placements.offer_skill WHERE offer_id = ?").param(offer.id()).update();
        jdbc.sql("DELETE FROM placements.offer_field WHERE offer_id = ?").param(offer.id()).update();
        jdbc.sql("DELETE FROM placements.offer_program WHERE offer_id = ?").param(offer.id()).update();
        writeLists(offer);
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM placements.offer WHERE id = ? AND status = 'DRAFT'").param(id).update();
    }

    Optional<Offer> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM placements.offer o WHERE o.id = ?").param(id).query(this::offer).optional();
    }

    /**
     * The offer with its row locked until the transaction ends: acceptances of the same offer queue up here, so the
     * seat count each one reads already includes the placements of those committed before it.
     */
    Optional<Offer> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM placements.offer o WHERE o.id = ? FOR UPDATE").param(id)
                .query(this::offer).optional();
    }

    List<Offer> ofCompanies(UUID[] companies, UUID createdBy) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM placements.offer o WHERE o.company_id = ANY(?) OR o.created_by = ? "
                        + "ORDER BY o.created_at DESC")
                .params(companies, createdBy).query(this::offer).list();
    }

    /** Published offers of these companies and types, newest first. */
    List<Offer> published(UUID[] companies, String[] types, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM placements.offer o WHERE o.status = 'PUBLISHED' AND o.company_id = ANY(?) "
                        + "AND o.offer_type = ANY(?) ORDER BY o.published_at DESC, o.id LIMIT ?")
                .params(companies, types, limit).query(this::offer).list();
    }

    List<String> skills(UUID offerId) {
        return jdbc.sql("SELECT skill_uri FROM placements.offer_skill WHERE offer_id = ? ORDER BY skill_uri").param(offerId)
                .query(String.class).list();
    }

    int placed(UUID offerId) {
        return jdbc.sql("SELECT count(*) FROM placements.placement WHERE offer_id = ?").param(offerId).query(Integer.class).single();
    }

    private void writeLists(Offer offer) {
        OfferDraft t = offer.terms();
        t.skillUris().stream().distinct().forEach(uri -> jdbc.sql("INSERT INTO placements.offer_skill VALUES (?, ?)")
                .params(offer.id(), uri).update());
        t.fieldCodes().stream().distinct().forEach(code -> jdbc.sql("INSERT INTO placements.offer_field VALUES (?, ?)")
                .params(offer.id(), code).update());
        t.programCodes().stream().distinct().forEach(code -> jdbc.sql("INSERT INTO placements.offer_program VALUES (?, ?)")
                .params(offer.id(), code).update());
    }

    Offer offer(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Timestamp published = rs.getTimestamp("published_at");
        Integer stipend = (Integer) rs.getObject("stipend_kzt");
        OfferDraft terms = new OfferDraft(OfferType.valueOf(rs.getString("offer_type")), Selection.valueOf(rs.getString("selection")),
                LocalizedText.of(rs.getString("title_kk"), rs.getString("title_ru"), rs.getString("title_en")),
                LocalizedText.of(rs.getString("description_kk"), rs.getString("description_ru"), rs.getString("description_en")),
                list("offer_skill", "skill_uri", id), list("offer_field", "field_code", id), list("offer_program", "program_code", id),
                rs.getInt("min_year"), rs.getString("region_code"), rs.getString("city"), rs.getBoolean("remote"),
                rs.getObject("starts_on", java.time.LocalDate.class), rs.getObject("ends_on", java.time.LocalDate.class),
                rs.getInt("hours_per_week"), rs.getInt("seats"), stipend, rs.getString("mentors"));
        return new Offer(id, rs.getObject("company_id", UUID.class), rs.getObject("created_by", UUID.class), terms,
                OfferStatus.valueOf(rs.getString("status")), published == null ? null : published.toInstant());
    }

    private List<String> list(String table, String column, UUID id) {
        return jdbc.sql("SELECT " + column + " FROM placements." + table + " WHERE offer_id = ? ORDER BY " + column)
                .param(id).query(String.class).list();
    }

    private static LocalizedText description(OfferDraft t) {
        return t.description() == null ? LocalizedText.of(null, null, null) : t.description();
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
