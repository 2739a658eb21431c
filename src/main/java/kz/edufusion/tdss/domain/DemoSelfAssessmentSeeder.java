package kz.edufusion.tdss.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.edufusion.identity.CurrentUser;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo educator's DigCompEdu self-assessment, once (when they have none): a plausible profile with some
 * competences at the B2 target and some below it, so the radar and the gap show something.
 */
@Component
@Profile("demo")
@Order(46)
class DemoSelfAssessmentSeeder implements ApplicationRunner {

    static final String EDUCATOR = "educator@demo.edufusion.kz";

    private final UserDetailsService users;
    private final SelfAssessments assessments;

    DemoSelfAssessmentSeeder(UserDetailsService users, SelfAssessments assessments) {
        this.users = users;
        this.assessments = assessments;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentUser educator = (CurrentUser) users.loadUserByUsername(EDUCATOR);
        if (assessments.mine(educator, "DIGCOMPEDU").id() != null) {
            return;
        }
        String[] levels = {"B2", "B1", "B2", "A2", "B1", "A2", "B1", "B2", "B1", "A2", "B1", "B1", "A2", "B1", "A2", "B1",
            "A2", "B2", "B1", "A2", "B1", "A1"};
        Map<String, String> ratings = new LinkedHashMap<>();
        int i = 0;
        for (CompetenceRating c : assessments.mine(educator, "DIGCOMPEDU").competences()) {
            ratings.put(c.code(), levels[i++ % levels.length]);
        }
        assessments.rate(educator, "DIGCOMPEDU", ratings);
    }
}
