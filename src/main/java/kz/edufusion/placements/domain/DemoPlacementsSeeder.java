package kz.edufusion.placements.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.Membership;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.identity.Role;
import kz.edufusion.placements.domain.DemoPlacements.DemoOffer;
import kz.edufusion.placements.domain.DemoPlacements.DemoProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo offers, student profiles and one application, once (when no offer exists yet). The demo people are found by
 * their login through the application's UserDetailsService, the one public lookup by e-mail identity offers; the
 * pending company's offer is published too, so the demo shows it staying hidden.
 */
@Component
@Profile("demo")
@Order(40)
class DemoPlacementsSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlacementsSeeder.class);
    private static final String DOMAIN = "@demo.edufusion.kz";

    private final UserDetailsService users;
    private final IdentityDirectory directory;
    private final OfferStore offers;
    private final StudentProfileStore profiles;
    private final ApplicationStore applications;
    private final SkillChoices skills;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoPlacementsSeeder(UserDetailsService users, IdentityDirectory directory, OfferStore offers, StudentProfileStore profiles,
            ApplicationStore applications, SkillChoices skills, JdbcClient jdbc, TransactionTemplate transaction) {
        this.users = users;
        this.directory = directory;
        this.offers = offers;
        this.profiles = profiles;
        this.applications = applications;
        this.skills = skills;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM placements.offer").query(Long.class).single() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> seed());
        log.info("Demo placements: {} offers, {} student profiles", DemoPlacements.OFFERS.size(), DemoPlacements.PROFILES.size());
    }

    private void seed() {
        Map<String, UUID> companies = directory.activeOrganizations(OrganizationType.COMPANY).stream()
                .filter(o -> o.shortName() != null)
                .collect(Collectors.toMap(OrganizationView::shortName, OrganizationView::id, (a, b) -> a));
        CurrentUser pending = user("pending");
        pending.memberships().stream().filter(m -> m.role() == Role.COMPANY_REPRESENTATIVE).findFirst()
                .ifPresent(m -> companies.put("Shymkent AgroTech", m.organizationId()));
        UUID author = user("company").personId();
        Offer first = null;
        for (DemoOffer d : DemoPlacements.OFFERS) {
            UUID company = companies.get(d.company());
            if (company != null) {
                Offer offer = Offer.draft(company, author, new OfferDraft(d.type(), d.selection(), d.title(), d.description(),
                        uris(d.skills()), d.fields(), List.of(), 2, d.region(), d.city(), d.remote(), DemoPlacements.STARTS,
                        DemoPlacements.ENDS, d.type() == kz.edufusion.placements.OfferType.DUAL ? 20 : 40, d.seats(), d.stipend(),
                        d.mentors()));
                offer.publish(java.time.Instant.now());
                offers.insert(offer);
                first = first == null ? offer : first;
            }
        }
        for (DemoProfile p : DemoPlacements.PROFILES) {
            CurrentUser student = user(p.login());
            UUID university = student.memberships().stream().filter(m -> m.role() == Role.STUDENT)
                    .map(Membership::organizationId).findFirst().orElseThrow();
            profiles.save(new StudentProfile(student.personId(), university, p.program(), p.field(), p.year(), p.region(),
                    p.remote(), false, p.gender(), null, List.of()));
            uris(p.skills()).forEach(uri -> profiles.addSkill(student.personId(), uri));
        }
        if (first != null) {
            CurrentUser student = user("student5");
            UUID university = student.memberships().get(0).organizationId();
            applications.insert(Application.submit(first.id(), student.personId(), university,
                    "Мен Java тілін үйреніп жүрмін және командада жұмыс істегім келеді.", null, null));
        }
    }

    private List<String> uris(List<String> labels) {
        return labels.stream().map(l -> skills.resolve(l, Locale.ENGLISH)).flatMap(java.util.Optional::stream)
                .map(Function.identity()).toList();
    }

    private CurrentUser user(String login) {
        return (CurrentUser) users.loadUserByUsername(login + DOMAIN);
    }
}
