package kz.edufusion.placements.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Student profiles and the skills students claim. */
@Repository
class StudentProfileStore {

    private static final String SELECT = "SELECT person_id, university_id, program_code, field_code, year_of_study, region_code, "
            + "remote_region, targeted_grant, gender, updated_by FROM placements.student_profile ";

    private final JdbcClient jdbc;

    StudentProfileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StudentProfile> find(UUID personId) {
        return jdbc.sql(SELECT + "WHERE person_id = ?").param(personId).query(this::profile).optional();
    }

    List<StudentProfile> ofUniversities(UUID[] universities) {
        return jdbc.sql(SELECT + "WHERE university_id = ANY(?) ORDER BY university_id, year_of_study, person_id")
                .param(universities).query(this::profile).list();
    }

    void save(StudentProfile p) {
        jdbc.sql("INSERT INTO placements.student_profile (person_id, university_id, program_code, field_code, year_of_study, "
                        + "region_code, remote_region, targeted_grant, gender, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?) "
                        + "ON CONFLICT (person_id) DO UPDATE SET university_id = EXCLUDED.university_id, "
                        + "program_code = EXCLUDED.program_code, field_code = EXCLUDED.field_code, "
                        + "year_of_study = EXCLUDED.year_of_study, region_code = EXCLUDED.region_code, "
                        + "remote_region = EXCLUDED.remote_region, targeted_grant = EXCLUDED.targeted_grant, "
                        + "gender = EXCLUDED.gender, updated_by = EXCLUDED.updated_by, updated_at = now()")
                .params(p.personId(), p.universityId(), OfferStore.blank(p.programCode()), p.fieldCode(), p.yearOfStudy(),
                        p.regionCode(), p.remoteRegion(), p.targetedGrant(), OfferStore.blank(p.gender()), p.updatedBy())
                .update();
    }

    void addSkill(UUID personId, String uri) {
        jdbc.sql("INSERT INTO placements.student_skill VALUES (?, ?) ON CONFLICT DO NOTHING").params(personId, uri).update();
    }

    void removeSkill(UUID personId, String uri) {
        jdbc.sql("DELETE FROM placements.student_skill WHERE person_id = ? AND skill_uri = ?").params(personId, uri).update();
    }

    private StudentProfile profile(ResultSet rs, int row) throws SQLException {
        UUID person = rs.getObject("person_id", UUID.class);
        List<String> skills = jdbc.sql("SELECT skill_uri FROM placements.student_skill WHERE person_id = ? ORDER BY skill_uri")
                .param(person).query(String.class).list();
        return new StudentProfile(person, rs.getObject("university_id", UUID.class), rs.getString("program_code"),
                rs.getString("field_code"), rs.getInt("year_of_study"), rs.getString("region_code"), rs.getBoolean("remote_region"),
                rs.getBoolean("targeted_grant"), rs.getString("gender"), rs.getObject("updated_by", UUID.class), skills);
    }
}
