package kz.edufusion.credentials;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;

/**
 * Test credentials: no module issues credentials in the demo data yet, so tests issue their own through the facade,
 * each with its own source reference, for a twin of a demo login (see TestPeople).
 */
public final class CredentialFixtures {

    public static final String ESCO_PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";

    private CredentialFixtures() {
    }

    public static AchievementDefinition internship() {
        return new AchievementDefinition("tests.internship-completed", "Certificate", "Software internship completed",
                "Completed a supervised software development internship at a partner company.",
                "At least 240 hours at the company, a passed evaluation by the mentor and the academic tutor.",
                List.of(new Alignment("use Python", ESCO_PYTHON, "ESCO", "S1.2.3"),
                        new Alignment("Teamwork", "https://edufusion.kz/frameworks/soft/teamwork", "EduFusion soft skills", "SOFT-1")));
    }

    public static CredentialRequest request(CurrentUser holder) {
        return request(holder, null, null);
    }

    public static CredentialRequest request(CurrentUser holder, Instant validFrom, Instant validUntil) {
        return new CredentialRequest(holder.personId(), holder.displayName(), internship(), validFrom, validUntil, "tests",
                "ref-" + UUID.randomUUID());
    }
}
