package kz.edufusion.reference.domain;

import java.util.List;
import java.util.Optional;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.reference.EconomicActivity;
import kz.edufusion.reference.FieldOfEducation;
import kz.edufusion.reference.ImportRun;
import kz.edufusion.reference.IscoGroup;
import kz.edufusion.reference.NqfLevel;
import kz.edufusion.reference.Occupation;
import kz.edufusion.reference.ReferenceCounts;
import kz.edufusion.reference.ReferenceData;
import kz.edufusion.reference.Region;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** {@link ReferenceData} read straight from the reference schema; the data is small and read-only here. */
@Service
class JdbcReferenceData implements ReferenceData {

    private static final String ESCO_OCCUPATION = "http://data.europa.eu/esco/occupation/";

    private final JdbcClient jdbc;
    private final ClassifierSearch search;
    private final ImportRunLog runs;

    JdbcReferenceData(JdbcClient jdbc, ClassifierSearch search, ImportRunLog runs) {
        this.jdbc = jdbc;
        this.search = search;
        this.runs = runs;
    }

    @Override
    public List<Region> regions() {
        // cities of republican significance first, as in official statistics tables
        return jdbc.sql("SELECT " + ReferenceRows.REGION + " FROM reference.region ORDER BY kind, name_en")
                .query(ReferenceRows::region).list();
    }

    @Override
    public Optional<Region> region(String code) {
        return jdbc.sql("SELECT " + ReferenceRows.REGION + " FROM reference.region WHERE code = ?")
                .param(code).query(ReferenceRows::region).optional();
    }

    @Override
    public boolean regionExists(String code) {
        return exists("region", "code", code);
    }

    @Override
    public List<FieldOfEducation> fieldsOfEducation() {
        return jdbc.sql("SELECT " + ReferenceRows.FIELD + " FROM reference.field_of_education ORDER BY code")
                .query(ReferenceRows::field).list();
    }

    @Override
    public boolean fieldOfEducationExists(String code) {
        return exists("field_of_education", "code", code);
    }

    @Override
    public List<NqfLevel> nqfLevels() {
        return jdbc.sql("SELECT " + ReferenceRows.NQF + " FROM reference.nqf_level ORDER BY level")
                .query(ReferenceRows::nqf).list();
    }

    @Override
    public boolean nqfLevelExists(int level) {
        return exists("nqf_level", "level", level);
    }

    @Override
    public PageResponse<EconomicActivity> economicActivities(String text, Integer level, PageQuery page) {
        return search.economicActivities(text, level, page);
    }

    @Override
    public boolean economicActivityExists(String code) {
        return exists("economic_activity", "code", code);
    }

    @Override
    public PageResponse<IscoGroup> iscoGroups(String text, PageQuery page) {
        return search.iscoGroups(text, page);
    }

    @Override
    public boolean iscoGroupExists(String code) {
        return exists("isco_group", "code", code);
    }

    @Override
    public PageResponse<Occupation> occupations(String text, String iscoGroup, PageQuery page) {
        return search.occupations(text, iscoGroup, page);
    }

    @Override
    public Optional<Occupation> occupation(String idUriOrCode) {
        if (idUriOrCode == null || idUriOrCode.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + ReferenceRows.OCCUPATION
                        + " FROM reference.occupation WHERE uri = :value OR uri = :uri OR code = :value")
                .param("value", idUriOrCode).param("uri", ESCO_OCCUPATION + idUriOrCode)
                .query(ReferenceRows::occupation).optional();
    }

    @Override
    public boolean occupationExists(String idUriOrCode) {
        return occupation(idUriOrCode).isPresent();
    }

    @Override
    public ReferenceCounts counts() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM reference.region),
                       (SELECT count(*) FROM reference.field_of_education),
                       (SELECT count(*) FROM reference.nqf_level),
                       (SELECT count(*) FROM reference.economic_activity WHERE level = 1),
                       (SELECT count(*) FROM reference.economic_activity WHERE level = 2),
                       (SELECT count(*) FROM reference.isco_group),
                       (SELECT count(*) FROM reference.occupation)""")
                .query((rs, row) -> new ReferenceCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .single();
    }

    @Override
    public List<ImportRun> latestImports() {
        return runs.latest();
    }

    private boolean exists(String table, String column, Object value) {
        if (value == null) {
            return false;
        }
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM reference." + table + " WHERE " + column + " = ?)")
                .param(value).query(Boolean.class).single();
    }
}
