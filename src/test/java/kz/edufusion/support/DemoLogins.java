package kz.edufusion.support;

import java.util.List;

/** The demo profile's logins, one per role (see DemoIdentitySeeder and the README). */
public final class DemoLogins {

    public static final String PASSWORD = "EduFusion2026";
    public static final List<String> ROLES = List.of("admin", "student", "educator", "coordinator", "tutor", "company",
            "mentor", "reviewer", "analyst");

    private DemoLogins() {
    }

    /** For {@code @MethodSource}: every demo role's login. */
    public static java.util.stream.Stream<String> roles() {
        return ROLES.stream();
    }

    public static String email(String login) {
        return login + "@demo.edufusion.kz";
    }
}
