package kz.edufusion.programs.domain;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.programs.ProgramLevel;
import kz.edufusion.programs.ProgramType;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The program rows: insert, update, find, search with filters and paging, delete (children cascade). */
@Repository
public class ProgramStore {

    private static final String COLUMNS = "id, university_id, code, level, nqf_level, field_code, area_code, group_code,"
            + " title_kk, title_ru, title_en, degree, credits, languages, program_type, accreditation_agency,"
            + " accredited_until, atlas_profession, region_code, version";

    private final NamedParameterJdbcTemplate jdbc;

    ProgramStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or (same university and code) updates; answers the program's id. */
    public UUID upsert(UUID universityId, ProgramCode code, ProgramDraft d, String regionCode) {
        MapSqlParameterSource p = params(code, d, regionCode).addValue("id", UUID.randomUUID())
                .addValue("university", universityId);
        return jdbc.queryForObject("""
                INSERT INTO programs.program (id, university_id, code, level, nqf_level, field_code, area_code, group_code,
                    title_kk, title_ru, title_en, degree, credits, languages, program_type, accreditation_agency,
                    accredited_until, atlas_profession, region_code)
                VALUES (:id, :university, :code, :level, :nqf, :field, :area, :group, :titleKk, :titleRu, :titleEn, :degree,
                    :credits, CAST(:languages AS varchar(2)[]), :type, :agency, :until, :atlas, :region)
                ON CONFLICT (university_id, code) DO UPDATE SET group_code = EXCLUDED.group_code,
                    title_kk = EXCLUDED.title_kk, title_ru = EXCLUDED.title_ru, title_en = EXCLUDED.title_en,
                    degree = EXCLUDED.degree, credits = EXCLUDED.credits, languages = EXCLUDED.languages,
                    program_type = EXCLUDED.program_type, accreditation_agency = EXCLUDED.accreditation_agency,
                    accredited_until = EXCLUDED.accredited_until, atlas_profession = EXCLUDED.atlas_profession,
                    region_code = EXCLUDED.region_code, updated_at = now(), version = programs.program.version + 1
                RETURNING id
                """, p, UUID.class);
    }

    /** Updates the record, code included (the code's uniqueness per university is the database's to enforce). */
    public void update(UUID id, ProgramCode code, ProgramDraft d, String regionCode) {
        jdbc.update("""
                UPDATE programs.program SET code = :code, level = :level, nqf_level = :nqf, field_code = :field,
                    area_code = :area, group_code = :group, title_kk = :titleKk, title_ru = :titleRu, title_en = :titleEn,
                    degree = :degree, credits = :credits, languages = CAST(:languages AS varchar(2)[]), program_type = :type,
                    accreditation_agency = :agency, accredited_until = :until, atlas_profession = :atlas,
                    region_code = :region, updated_at = now(), version = version + 1
                 WHERE id = :id
                """, params(code, d, regionCode).addValue("id", id));
    }

    public Optional<ProgramView> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM programs.program WHERE id = :id", new MapSqlParameterSource("id", id),
                ProgramStore::view).stream().findFirst();
    }

    public Optional<UUID> idOf(UUID universityId, String code) {
        return jdbc.queryForList("SELECT id FROM programs.program WHERE university_id = :u AND code = :c",
                new MapSqlParameterSource("u", universityId).addValue("c", code), UUID.class).stream().findFirst();
    }

    /** {@code universities}: the universities the reader may see, or null for all. */
    public PageResponse<ProgramView> search(ProgramFilter f, Collection<UUID> universities, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE true");
        MapSqlParameterSource p = new MapSqlParameterSource();
        if (universities != null) {
            where.append(" AND university_id IN (:universities)");
            p.addValue("universities", universities.isEmpty() ? List.of(new UUID(0, 0)) : universities);
        }
        condition(where, p, f.universityId(), "university_id = :university", "university");
        condition(where, p, f.fieldCode(), "field_code = :field", "field");
        condition(where, p, f.level() == null ? null : f.level().name(), "level = :level", "level");
        condition(where, p, f.regionCode(), "region_code = :region", "region");
        condition(where, p, f.type() == null ? null : f.type().name(), "program_type = :type", "type");
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" AND (code ILIKE :text OR title_kk ILIKE :text OR title_ru ILIKE :text OR title_en ILIKE :text)");
            p.addValue("text", "%" + f.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.queryForObject("SELECT count(*) FROM programs.program" + where, p, Long.class);
        List<ProgramView> items = jdbc.query("SELECT " + COLUMNS + " FROM programs.program" + where
                + " ORDER BY code, university_id LIMIT :limit OFFSET :offset",
                p.addValue("limit", page.size()).addValue("offset", page.offset()), ProgramStore::view);
        return PageResponse.of(items, page, total);
    }

    /** Every program of the universities (null: all), in code order, for exports. */
    public List<ProgramView> all(Collection<UUID> universities) {
        if (universities == null) {
            return jdbc.query("SELECT " + COLUMNS + " FROM programs.program ORDER BY code, university_id", ProgramStore::view);
        }
        if (universities.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM programs.program WHERE university_id IN (:u) ORDER BY code, university_id",
                new MapSqlParameterSource("u", universities), ProgramStore::view);
    }

    public void delete(UUID id) {
        jdbc.update("DELETE FROM programs.program WHERE id = :id", new MapSqlParameterSource("id", id));
    }

    private static void condition(StringBuilder where, MapSqlParameterSource p, Object value, String sql, String name) {
        if (value != null && !value.toString().isBlank()) {
            where.append(" AND ").append(sql);
            p.addValue(name, value);
        }
    }

    private static MapSqlParameterSource params(ProgramCode code, ProgramDraft d, String regionCode) {
        return new MapSqlParameterSource("code", code.value()).addValue("level", code.level().name())
                .addValue("nqf", code.level().nqfLevel()).addValue("field", code.fieldCode())
                .addValue("area", code.areaCode()).addValue("group", Texts.upper(d.groupCode()))
                .addValue("titleKk", d.titleKk()).addValue("titleRu", d.titleRu()).addValue("titleEn", d.titleEn())
                .addValue("degree", d.degree()).addValue("credits", d.credits())
                .addValue("languages", "{" + String.join(",", d.languages()) + "}").addValue("type", d.type().name())
                .addValue("agency", d.accreditationAgency())
                .addValue("until", d.accreditedUntil() == null ? null : Date.valueOf(d.accreditedUntil()))
                .addValue("atlas", d.atlasProfession()).addValue("region", regionCode);
    }

    static ProgramView view(ResultSet rs, int row) throws SQLException {
        Date until = rs.getDate("accredited_until");
        Integer credits = (Integer) rs.getObject("credits");
        return new ProgramView(rs.getObject("id", UUID.class), rs.getObject("university_id", UUID.class),
                rs.getString("code"), ProgramLevel.valueOf(rs.getString("level")), rs.getInt("nqf_level"),
                rs.getString("field_code"), rs.getString("area_code"), rs.getString("group_code"),
                LocalizedText.of(rs.getString("title_kk"), rs.getString("title_ru"), rs.getString("title_en")),
                rs.getString("degree"), credits, strings(rs.getArray("languages")),
                ProgramType.valueOf(rs.getString("program_type")), rs.getString("accreditation_agency"),
                until == null ? null : until.toLocalDate(), rs.getString("atlas_profession"), rs.getString("region_code"),
                rs.getInt("version"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
