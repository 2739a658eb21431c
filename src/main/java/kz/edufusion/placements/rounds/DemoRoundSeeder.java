package kz.edufusion.placements.rounds;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;
import kz.edufusion.placements.domain.Eligibility;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.domain.StudentProfile;
import kz.edufusion.placements.domain.StudentProfiles;
import kz.edufusion.placements.rounds.RoundCommand.OfferSeats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * One open round at the demo coordinator's university (KazNU) with the demo offers the demo student may rank, every
 * free seat of each in the round, open for 30 days from the first start; once (a round of that name exists: nothing).
 * Made through the coordinator's own service calls, so the demo round is what a coordinator would have made.
 */
@Component
@Profile("demo")
@Order(41)
class DemoRoundSeeder implements ApplicationRunner {

    static final String NAME = "Летняя практика 2027";
    private static final Logger log = LoggerFactory.getLogger(DemoRoundSeeder.class);
    private static final String DOMAIN = "@demo.edufusion.kz";

    private final UserDetailsService users;
    private final Rounds rounds;
    private final RoundStore store;
    private final Offers offers;
    private final StudentProfiles profiles;

    DemoRoundSeeder(UserDetailsService users, Rounds rounds, RoundStore store, Offers offers, StudentProfiles profiles) {
        this.users = users;
        this.rounds = rounds;
        this.store = store;
        this.offers = offers;
        this.profiles = profiles;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentUser coordinator = user("coordinator");
        CurrentUser student = user("student");
        CurrentUser company = user("company");
        var university = coordinator.organizationsWhere(Role.UNIVERSITY_COORDINATOR).stream().findFirst();
        StudentProfile profile = profiles.mine(student).orElse(null);
        if (university.isEmpty() || profile == null || store.named(university.get(), NAME).isPresent()) {
            return;
        }
        List<OfferSeats> seats = offers.openOffers(Set.of(), Rounds.MAX_OFFERS).stream()
                .filter(o -> o.createdBy().equals(company.personId()) && Eligibility.allows(profile, o))
                .map(o -> new OfferSeats(o.id(), null, null)).toList();
        if (seats.isEmpty()) {
            return;
        }
        RoundView round = rounds.create(coordinator, new RoundCommand(university.get(), NAME,
                Instant.now().plus(Duration.ofDays(30)), Set.of(), seats));
        rounds.open(coordinator, round.id());
        log.info("Demo allocation round: {} offers, open until {}", seats.size(), round.deadline());
    }

    private CurrentUser user(String login) {
        return (CurrentUser) users.loadUserByUsername(login + DOMAIN);
    }
}
