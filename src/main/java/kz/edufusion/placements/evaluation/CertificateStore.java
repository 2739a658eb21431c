package kz.edufusion.placements.evaluation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.placements.OfferType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CertificateStore {

    private static final String COLUMNS = "id, placement_id, number, verification_code, holder_name, university_kk, university_ru,"
            + " university_en, company_kk, company_ru, company_en, program_code, program_kk, program_ru, program_en, offer_type,"
            + " starts_on, ends_on, hours, score, issued_on, valid_until";

    private final JdbcClient jdbc;

    CertificateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextNumber() {
        return jdbc.sql("SELECT nextval('placements.certificate_number_seq')").query(Long.class).single();
    }

    void insert(Certificate c) {
        jdbc.sql("INSERT INTO placements.certificate (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.id(), c.placementId(), c.number(), c.verificationCode(), c.holderName(), c.university().kk(),
                        c.university().ru(), c.university().en(), c.company().kk(), c.company().ru(), c.company().en(),
                        c.programCode(), c.program() == null ? null : c.program().kk(), c.program() == null ? null : c.program().ru(),
                        c.program() == null ? null : c.program().en(), c.offerType().name(), Date.valueOf(c.startsOn()),
                        Date.valueOf(c.endsOn()), c.hours(), c.score(), Date.valueOf(c.issuedOn()),
                        c.validUntil() == null ? null : Date.valueOf(c.validUntil()))
                .update();
    }

    Optional<Certificate> ofPlacement(UUID placementId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM placements.certificate WHERE placement_id = ?").param(placementId)
                .query(CertificateStore::certificate).optional();
    }

    Optional<Certificate> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM placements.certificate WHERE verification_code = ?").param(code)
                .query(CertificateStore::certificate).optional();
    }

    private static Certificate certificate(ResultSet rs, int n) throws SQLException {
        LocalizedText program = rs.getString("program_code") == null && rs.getString("program_ru") == null ? null
                : LocalizedText.of(rs.getString("program_kk"), rs.getString("program_ru"), rs.getString("program_en"));
        Date validUntil = rs.getDate("valid_until");
        return new Certificate(rs.getObject("id", UUID.class), rs.getObject("placement_id", UUID.class), rs.getString("number"),
                rs.getString("verification_code"), rs.getString("holder_name"),
                LocalizedText.of(rs.getString("university_kk"), rs.getString("university_ru"), rs.getString("university_en")),
                LocalizedText.of(rs.getString("company_kk"), rs.getString("company_ru"), rs.getString("company_en")),
                rs.getString("program_code"), program, OfferType.valueOf(rs.getString("offer_type")),
                rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(), rs.getInt("hours"),
                rs.getBigDecimal("score"), rs.getDate("issued_on").toLocalDate(), validUntil == null ? null : validUntil.toLocalDate());
    }
}
