package kz.edufusion.tdss.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.identity.PersonView;
import kz.edufusion.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress toward the project's targets: 200 educators trained and certified, at least half of the certified ones
 * internationally. Trained = an educator with a confirmed training in the ledger; certified = holding a certification
 * that is neither revoked nor expired. Ministry analysts and administrators see the national figures and every
 * institution; a coordinator sees only their institutions. An institution with fewer than {@link #MIN_GROUP}
 * educators shows no figures, so that no one's certification can be read out of a small group.
 */
@Service
public class CertificationTargets {

    public static final int TARGET_CERTIFIED = 200;
    public static final int TARGET_INTERNATIONAL_PERCENT = 50;
    public static final int MIN_GROUP = SelfAssessments.MIN_GROUP;

    private final JdbcClient jdbc;
    private final IdentityDirectory directory;

    CertificationTargets(JdbcClient jdbc, IdentityDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** The figures; {@code national} is null for a coordinator, who sees only their institutions' rows. */
    public record TargetsView(Figures national, List<InstitutionRow> institutions, int targetCertified,
            int targetInternationalPercent, int minGroup) {
    }

    public record Figures(int educators, int trained, int certified, int internationallyCertified) {

        /** The internationally certified share of the certified, in whole percent (0 when nobody is certified). */
        public int internationalPercent() {
            return certified == 0 ? 0 : Math.round(internationallyCertified * 100f / certified);
        }

        /** Progress toward the 200 certified, in whole percent, at most 100. */
        public int certifiedPercent() {
            return Math.min(100, Math.round(certified * 100f / TARGET_CERTIFIED));
        }
    }

    /** One institution; {@code figures} null when it has fewer educators than the smallest group shown. */
    public record InstitutionRow(UUID organizationId, LocalizedText name, Figures figures) {

        public boolean withheld() {
            return figures == null;
        }
    }

    @Transactional(readOnly = true)
    public TargetsView view(CurrentUser user) {
        boolean national = user.isAdmin() || user.has(Role.MINISTRY_ANALYST);
        List<UUID> coordinated = TdssRoles.coordinated(user);
        if (!national && coordinated.isEmpty()) {
            throw new AccessDeniedException("for ministry analysts, coordinators and administrators");
        }
        List<OrganizationView> institutions = Stream.of(OrganizationType.UNIVERSITY, OrganizationType.COLLEGE)
                .flatMap(t -> directory.activeOrganizations(t).stream())
                .filter(o -> national || coordinated.contains(o.id())).toList();
        Map<UUID, Set<UUID>> educators = new HashMap<>();
        Set<UUID> everyone = new HashSet<>();
        for (OrganizationView o : institutions) {
            Set<UUID> people = new HashSet<>(directory.peopleWithRole(o.id(), Role.EDUCATOR).stream().map(PersonView::id).toList());
            educators.put(o.id(), people);
            everyone.addAll(people);
        }
        UUID[] ids = everyone.toArray(UUID[]::new);
        Set<UUID> trained = new HashSet<>(jdbc.sql("""
                SELECT DISTINCT person_id FROM tdss.training_completion WHERE status = 'CONFIRMED' AND person_id = ANY(?)""")
                .param(ids).query(UUID.class).list());
        // person -> whether one of their current certifications is international
        Map<UUID, Boolean> certified = new HashMap<>();
        jdbc.sql("""
                SELECT a.person_id, bool_or(s.level = 'INTERNATIONAL') FROM tdss.certification_application a
                JOIN tdss.certification_scheme s ON s.id = a.scheme_id
                WHERE a.status = 'CERTIFIED' AND a.valid_until > current_date AND a.person_id = ANY(?) GROUP BY a.person_id""")
                .param(ids).query(rs -> {
                    certified.put(rs.getObject(1, UUID.class), rs.getBoolean(2));
                });
        List<InstitutionRow> rows = new ArrayList<>();
        for (OrganizationView o : institutions) {
            Set<UUID> people = educators.get(o.id());
            rows.add(new InstitutionRow(o.id(), o.name(), people.size() < MIN_GROUP ? null : figures(people, trained, certified)));
        }
        rows.sort(java.util.Comparator.comparing((InstitutionRow r) -> r.name().en()));
        return new TargetsView(national ? figures(everyone, trained, certified) : null, rows, TARGET_CERTIFIED,
                TARGET_INTERNATIONAL_PERCENT, MIN_GROUP);
    }

    private static Figures figures(Set<UUID> people, Set<UUID> trained, Map<UUID, Boolean> certified) {
        int t = 0;
        int c = 0;
        int i = 0;
        for (UUID p : people) {
            t += trained.contains(p) ? 1 : 0;
            c += certified.containsKey(p) ? 1 : 0;
            i += Boolean.TRUE.equals(certified.get(p)) ? 1 : 0;
        }
        return new Figures(people.size(), t, c, i);
    }
}
