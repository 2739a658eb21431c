package kz.edufusion.placements.rounds;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.edufusion.placements.allocation.AllocationEngine;
import kz.edufusion.placements.allocation.AllocationInstance;
import kz.edufusion.placements.allocation.AllocationResult;
import kz.edufusion.placements.allocation.Category;
import kz.edufusion.placements.allocation.OfferEntry;
import kz.edufusion.placements.allocation.StudentEntry;
import kz.edufusion.placements.allocation.TieBreak;
import kz.edufusion.placements.domain.Eligibility;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.domain.StudentProfile;
import org.springframework.stereotype.Component;

/**
 * Turns a round into an allocation instance and runs the engine (decision 0012): the students who ranked, in the
 * order of their ids, with the categories their profile gives them; each offer with its seats in the round (never more
 * than it still has free; none when it was closed or its company suspended) and the reserves that fit in them, scoring
 * every student of the round it is open to by the company's own score where its representative gave one, else by the
 * skill-match score (0 for an offer that lists no skills, so the lottery alone decides there); equal scores are broken
 * by the round's seeded lottery.
 */
@Component
class RoundAllocator {

    /** Fields of education counted as STEM for the women-in-STEM reserve: 05 sciences, 06 ICT, 07 engineering. */
    static final Set<String> STEM_FIELDS = Set.of("05", "06", "07");

    private final RoundStore rounds;
    private final Offers offers;

    RoundAllocator(RoundStore rounds, Offers offers) {
        this.rounds = rounds;
        this.offers = offers;
    }

    record Run(AllocationInstance instance, AllocationResult result) {
    }

    /** {@code profiles}: the students of the round's university by person id (those without one are nobody's choice). */
    Run run(Round round, Map<UUID, StudentProfile> profiles) {
        Map<UUID, List<UUID>> rankings = rounds.rankings(round.id());
        List<RoundOffer> roundOffers = rounds.offers(round.id());
        Map<UUID, Map<UUID, Integer>> matches = offers.matchPercents(roundOffers.stream().map(RoundOffer::offerId).toList(),
                rankings.keySet());
        Map<UUID, Map<UUID, Integer>> companyScores = rounds.companyScores(round.id());
        List<StudentEntry> students = new ArrayList<>();
        rankings.forEach((student, ranking) -> students.add(new StudentEntry(student.toString(),
                ranking.stream().map(UUID::toString).toList(), categories(profiles.get(student)))));
        List<OfferEntry> entries = new ArrayList<>();
        for (RoundOffer o : roundOffers) {
            OfferView offer = offers.view(o.offerId()).orElseThrow();
            int capacity = offers.open(offer) ? Math.min(o.capacity(), offer.seatsLeft()) : 0;
            Map<String, Double> scores = new HashMap<>();
            Map<UUID, Integer> match = matches.getOrDefault(o.offerId(), Map.of());
            Map<UUID, Integer> own = companyScores.getOrDefault(o.offerId(), Map.of());
            for (UUID student : rankings.keySet()) {
                StudentProfile profile = profiles.get(student);
                if (profile != null && Eligibility.allows(profile, offer)) {
                    scores.put(student.toString(), (double) own.getOrDefault(student, match.getOrDefault(student, 0)));
                }
            }
            entries.add(OfferEntry.scored(o.offerId().toString(), capacity, fitting(o, capacity), scores));
        }
        AllocationInstance instance = new AllocationInstance(round.seed(), TieBreak.LOTTERY, students, entries);
        return new Run(instance, AllocationEngine.allocate(instance));
    }

    static Set<Category> categories(StudentProfile profile) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        if (profile == null) {
            return categories;
        }
        if (profile.remoteRegion()) {
            categories.add(Category.REMOTE_REGION);
        }
        if (profile.targetedGrant()) {
            categories.add(Category.TARGETED_GRANT);
        }
        if ("FEMALE".equals(profile.gender()) && STEM_FIELDS.contains(profile.fieldCode())) {
            categories.add(Category.WOMEN_IN_STEM);
        }
        return categories;
    }

    /** The reserves, in the engine's category order, cut to the seats the offer still has. */
    private static Map<Category, Integer> fitting(RoundOffer offer, int capacity) {
        Map<Category, Integer> reserves = new EnumMap<>(Category.class);
        int left = capacity;
        for (Category category : Category.values()) {
            int seats = Math.min(offer.reserved(category), left);
            if (seats > 0) {
                reserves.put(category, seats);
                left -= seats;
            }
        }
        return reserves;
    }
}
