package kz.edufusion.reference.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.reference.EconomicActivity;
import kz.edufusion.reference.FieldOfEducation;
import kz.edufusion.reference.IscoGroup;
import kz.edufusion.reference.NqfLevel;
import kz.edufusion.reference.Occupation;
import kz.edufusion.reference.Region;

/** Maps the reference tables' rows to the module's public records. */
final class ReferenceRows {

    static final String REGION = "code, kind, name_kk, name_ru, name_en, center_kk, center_ru, center_en";
    static final String FIELD = "code, name_kk, name_ru, name_en";
    static final String NQF = "level, name_kk, name_ru, name_en, description_kk, description_ru, description_en";
    static final String ACTIVITY = "code, level, parent_code, name_kk, name_ru, name_en";
    static final String ISCO = "code, level, parent_code, uri, label_kk, label_ru, label_en";
    static final String OCCUPATION = "uri, code, isco_code, label_kk, label_ru, label_en, alt_labels, description_en";

    private ReferenceRows() {
    }

    static Region region(ResultSet rs, int row) throws SQLException {
        return new Region(rs.getString("code"), Region.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                text(rs, "name"), text(rs, "center"));
    }

    static FieldOfEducation field(ResultSet rs, int row) throws SQLException {
        return new FieldOfEducation(rs.getString("code"), text(rs, "name"));
    }

    static NqfLevel nqf(ResultSet rs, int row) throws SQLException {
        return new NqfLevel(rs.getInt("level"), text(rs, "name"), text(rs, "description"));
    }

    static EconomicActivity activity(ResultSet rs, int row) throws SQLException {
        return new EconomicActivity(rs.getString("code"), rs.getInt("level"), rs.getString("parent_code"), text(rs, "name"));
    }

    static IscoGroup isco(ResultSet rs, int row) throws SQLException {
        return new IscoGroup(rs.getString("code"), rs.getInt("level"), rs.getString("parent_code"), rs.getString("uri"),
                text(rs, "label"));
    }

    static Occupation occupation(ResultSet rs, int row) throws SQLException {
        String uri = rs.getString("uri");
        String alt = rs.getString("alt_labels");
        List<String> alternatives = alt == null ? List.of()
                : alt.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Occupation(uri.substring(uri.lastIndexOf('/') + 1), uri, rs.getString("code"),
                rs.getString("isco_code"), text(rs, "label"), alternatives,
                LocalizedText.of(null, null, rs.getString("description_en")));
    }

    private static LocalizedText text(ResultSet rs, String prefix) throws SQLException {
        return LocalizedText.of(rs.getString(prefix + "_kk"), rs.getString(prefix + "_ru"), rs.getString(prefix + "_en"));
    }
}
