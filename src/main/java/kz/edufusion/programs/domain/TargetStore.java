package kz.edufusion.programs.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Target occupations and NACE sections of programs. */
@Repository
public class TargetStore {

    private final NamedParameterJdbcTemplate jdbc;

    TargetStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Target> targets(UUID program) {
        return jdbc.query("SELECT occupation_uri, isco_code, suggested FROM programs.target_occupation"
                        + " WHERE program_id = :p ORDER BY isco_code, occupation_uri", new MapSqlParameterSource("p", program),
                (rs, n) -> new Target(rs.getString("occupation_uri"), rs.getString("isco_code"), rs.getBoolean("suggested")));
    }

    public void add(UUID program, String uri, String isco, boolean suggested) {
        jdbc.update("INSERT INTO programs.target_occupation (program_id, occupation_uri, isco_code, suggested)"
                + " VALUES (:p, :uri, :isco, :suggested) ON CONFLICT DO NOTHING", new MapSqlParameterSource("p", program)
                .addValue("uri", uri).addValue("isco", isco).addValue("suggested", suggested));
    }

    public boolean remove(UUID program, String uri) {
        return jdbc.update("DELETE FROM programs.target_occupation WHERE program_id = :p AND occupation_uri = :uri",
                new MapSqlParameterSource("p", program).addValue("uri", uri)) > 0;
    }

    public List<String> sectors(UUID program) {
        return jdbc.queryForList("SELECT nace_section FROM programs.target_sector WHERE program_id = :p ORDER BY nace_section",
                new MapSqlParameterSource("p", program), String.class);
    }

    public void replaceSectors(UUID program, List<String> sections) {
        MapSqlParameterSource p = new MapSqlParameterSource("p", program);
        jdbc.update("DELETE FROM programs.target_sector WHERE program_id = :p", p);
        for (String section : sections) {
            jdbc.update("INSERT INTO programs.target_sector (program_id, nace_section) VALUES (:p, :s)",
                    new MapSqlParameterSource("p", program).addValue("s", section));
        }
    }

    /** A target occupation; {@code suggested}: accepted from the suggestions rather than found by search. */
    public record Target(String occupationUri, String iscoCode, boolean suggested) {
    }
}
