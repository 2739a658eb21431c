package kz.edufusion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Two requests of one session that add the same attribute at once (each loaded the session before the other saved)
 * both save: the second one updates the attribute instead of failing on the attributes' primary key.
 */
@IntegrationTest
class SessionAttributeRaceTest {

    @Autowired
    SessionRepository<? extends Session> jdbcSessions;

    @Test
    void twoRequestsAddingTheSameAttributeBothSave() {
        race(jdbcSessions);
    }

    private <S extends Session> void race(SessionRepository<S> sessions) {
        S created = sessions.createSession();
        sessions.save(created);
        S first = sessions.findById(created.getId());
        S second = sessions.findById(created.getId());

        first.setAttribute("csrf", "from the first tab");
        second.setAttribute("csrf", "from the second tab");
        sessions.save(first);
        sessions.save(second);

        assertThat(sessions.findById(created.getId()).<String>getAttribute("csrf")).isEqualTo("from the second tab");
        sessions.deleteById(created.getId());
    }
}
