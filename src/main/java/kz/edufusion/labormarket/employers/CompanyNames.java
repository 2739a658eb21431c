package kz.edufusion.labormarket.employers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.labormarket.normalize.EmployerNames;
import org.springframework.stereotype.Component;

/**
 * The automatic employer match on the active company organizations' names. Organizations change rarely and an
 * import asks once per vacancy, so the list is kept for {@link #TTL_NANOS} (60 s); every node reloads on its own,
 * so all nodes agree again within that time. Administrators' links are not cached (see JdbcEmployerLinks).
 */
@Component
class CompanyNames {

    static final long TTL_NANOS = 60_000_000_000L;
    /** A contained organization key must be at least this long, so a short name like "IT" links nothing. */
    static final int MIN_CONTAINED_KEY = 4;

    record Company(OrganizationView organization, List<String> keys) {
    }

    private record Snapshot(long loadedAt, List<Company> companies) {
    }

    private final IdentityDirectory directory;
    private final LongSupplier clock;
    private volatile Snapshot snapshot;

    @org.springframework.beans.factory.annotation.Autowired
    CompanyNames(IdentityDirectory directory) {
        this(directory, System::nanoTime);
    }

    CompanyNames(IdentityDirectory directory, LongSupplier clock) {
        this.directory = directory;
        this.clock = clock;
    }

    List<Company> companies() {
        Snapshot current = snapshot;
        long now = clock.getAsLong();
        if (current == null || now - current.loadedAt() >= TTL_NANOS) {
            current = new Snapshot(now, directory.activeOrganizations(OrganizationType.COMPANY).stream()
                    .map(o -> new Company(o, keys(o))).toList());
            snapshot = current;
        }
        return current.companies();
    }

    /**
     * The organization whose short name or name in any language has the employer's key; else the one whose key's
     * words all occur in it ("kazdream" in "it холдинг kazdream"), the most specific (most words) winning. Two
     * equally good candidates match neither: a wrong link is worse than none.
     */
    Optional<OrganizationView> match(String employerKey) {
        if (employerKey == null || employerKey.isBlank()) {
            return Optional.empty();
        }
        // a key may repeat a word ("банк ... банк"): Set.of would refuse it
        Set<String> words = new java.util.HashSet<>(List.of(employerKey.split(" ")));
        List<OrganizationView> exact = new ArrayList<>();
        OrganizationView best = null;
        int bestWords = 0;
        boolean tie = false;
        for (Company company : companies()) {
            if (company.keys().contains(employerKey)) {
                exact.add(company.organization());
                continue;
            }
            for (String key : company.keys()) {
                List<String> keyWords = List.of(key.split(" "));
                if (key.length() >= MIN_CONTAINED_KEY && words.containsAll(keyWords)) {
                    if (keyWords.size() > bestWords) {
                        best = company.organization();
                        bestWords = keyWords.size();
                        tie = false;
                    } else if (keyWords.size() == bestWords && !best.id().equals(company.organization().id())) {
                        tie = true;
                    }
                }
            }
        }
        if (!exact.isEmpty()) {
            return exact.size() == 1 ? Optional.of(exact.get(0)) : Optional.empty();
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    Optional<OrganizationView> byId(UUID id) {
        return companies().stream().map(Company::organization).filter(o -> o.id().equals(id)).findFirst();
    }

    private static List<String> keys(OrganizationView o) {
        Set<String> keys = new HashSet<>();
        Stream.of(o.shortName(), o.name().kk(), o.name().ru(), o.name().en()).map(EmployerNames::key)
                .filter(java.util.Objects::nonNull).forEach(keys::add);
        return List.copyOf(keys);
    }
}
