package kz.edufusion.academy.analytics;

import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learner's own, optional, changeable answer to "gender" for the academy's figures. Only the learner reads or
 * changes it; the figures count it and never show it per person (groups under five are hidden).
 */
@Service
@Transactional
public class LearnerProfiles {

    private final JdbcClient jdbc;

    LearnerProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Gender gender(CurrentUser user) {
        return jdbc.sql("SELECT gender FROM academy.learner_profile WHERE person_id = ?").param(user.personId())
                .query(String.class).optional().map(Gender::valueOf).orElse(Gender.UNDISCLOSED);
    }

    public void declare(CurrentUser user, Gender gender) {
        declare(user.personId(), gender);
    }

    void declare(UUID personId, Gender gender) {
        jdbc.sql("INSERT INTO academy.learner_profile (person_id, gender) VALUES (?, ?) ON CONFLICT (person_id) "
                + "DO UPDATE SET gender = excluded.gender, updated_at = now()").params(personId, gender.name()).update();
    }
}
