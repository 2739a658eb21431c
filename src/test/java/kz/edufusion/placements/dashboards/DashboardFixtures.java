package kz.edufusion.placements.dashboards;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.Selection;
import kz.edufusion.placements.domain.OfferDraft;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.PlacementWay;
import kz.edufusion.placements.domain.NewPlacement;
import kz.edufusion.placements.domain.PlacementLifecycle;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.placements.domain.ProfileCommand;
import kz.edufusion.placements.domain.StudentProfiles;
import kz.edufusion.support.DemoLogins;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Organizations and people of one test (so its figures are its own: other tests run in the same database), their
 * profiles and placements made through the placement services, and diary entries, evaluations and job offers
 * written with SQL (their services are built elsewhere). Each call of {@link #nextYear()} gives an academic year
 * no other test uses, for the national figures.
 */
final class DashboardFixtures {

    private static final AtomicInteger YEARS = new AtomicInteger(2040);

    private final JdbcClient jdbc;
    private final UserDetailsService users;
    private final PlacementRegistry registry;
    private final PlacementLifecycle lifecycle;
    private final StudentProfiles profiles;
    private final TransactionTemplate transaction;
    private final Offers offers;

    DashboardFixtures(JdbcClient jdbc, UserDetailsService users, PlacementRegistry registry, PlacementLifecycle lifecycle,
            StudentProfiles profiles, TransactionTemplate transaction, Offers offers) {
        this.offers = offers;
        this.jdbc = jdbc;
        this.users = users;
        this.registry = registry;
        this.lifecycle = lifecycle;
        this.profiles = profiles;
        this.transaction = transaction;
    }

    static AcademicYear nextYear() {
        return new AcademicYear(YEARS.getAndIncrement());
    }

    /** An active organization of the type, with a region and a NACE section. */
    UUID organization(String type, String name, String region, String section) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO identity.organization (id, type, status, name_kk, name_ru, name_en, region_code, oked_section, created_at) "
                        + "VALUES (?, ?, 'ACTIVE', ?, ?, ?, ?, ?, now())")
                .params(id, type, name, name, name, region, section).update();
        return id;
    }

    /** A new person (demo password) holding the role in the organization; returns their e-mail. */
    String person(String name, UUID organization, String role) {
        UUID id = UUID.randomUUID();
        String email = "dash-" + id.toString().substring(0, 8) + "@test.edufusion.kz";
        jdbc.sql("INSERT INTO identity.person (id, email, full_name, password_hash, preferred_language, created_at) "
                        + "SELECT ?, ?, ?, password_hash, 'ru', now() FROM identity.person WHERE email = ?")
                .params(id, email, name, DemoLogins.email("student")).update();
        member(email, organization, role);
        return email;
    }

    void member(String email, UUID organization, String role) {
        jdbc.sql("INSERT INTO identity.membership (person_id, organization_id, role, since) "
                        + "SELECT id, ?, ?, now() FROM identity.person WHERE email = ?")
                .params(organization, role, email).update();
    }

    CurrentUser user(String email) {
        return (CurrentUser) users.loadUserByUsername(email);
    }

    /** A student of the university with a profile saved by its coordinator. */
    UUID student(CurrentUser coordinator, UUID university, String name, String program, String field, int year) {
        UUID id = user(person(name, university, "STUDENT")).personId();
        profiles.saveFor(coordinator, id, new ProfileCommand(program, field, year, "KZ-75", false, false, null));
        return id;
    }

    /** A placement at a company without an offer (the way a student's own proposal ends), in AGREEMENT. */
    UUID place(UUID student, UUID university, UUID company, OfferType type, LocalDate starts, LocalDate ends, Integer stipend) {
        return place(student, university, company, null, type, starts, ends, stipend);
    }

    UUID place(UUID student, UUID university, UUID company, UUID offer, OfferType type, LocalDate starts, LocalDate ends,
            Integer stipend) {
        return transaction.execute(t -> registry.create(new NewPlacement(offer == null ? PlacementWay.PROPOSAL : PlacementWay.ROUND,
                student, university, company, "Test company", offer, null, null, offer == null ? null : UUID.randomUUID(),
                type, starts, ends, 30, stipend, null)));
    }

    /** A published offer of the company, written by its representative, in the region and dates given. */
    UUID offer(CurrentUser representative, UUID company, OfferType type, String region, LocalDate starts, LocalDate ends,
            int seats, Integer stipend) {
        OfferView offer = offers.create(representative, company, new OfferDraft(type, Selection.FIRST_COME,
                LocalizedText.of(null, "Dashboard offer " + UUID.randomUUID(), null), LocalizedText.of(null, "Практика", null),
                List.of(), List.of(), List.of(), null, region, "Город", false, starts, ends, 30, seats, stipend, null));
        return offers.publish(representative, offer.id()).id();
    }

    void activate(UUID placement) {
        transaction.executeWithoutResult(t -> lifecycle.activate(placement));
    }

    void finish(UUID placement, boolean passed) {
        transaction.executeWithoutResult(t -> lifecycle.finish(placement, passed, passed ? null : "below the minimum"));
    }

    void terminate(UUID placement) {
        transaction.executeWithoutResult(t -> lifecycle.terminate(placement, "left the company"));
    }

    void diary(UUID placement, LocalDate day, String status) {
        diary(placement, day, status, java.time.Instant.now());
    }

    void diary(UUID placement, LocalDate day, String status, java.time.Instant submitted) {
        jdbc.sql("INSERT INTO placements.diary_entry (id, placement_id, entry_date, hours, work_done, status, submitted_at) "
                        + "VALUES (?, ?, ?, 8, 'work', ?, ?)")
                .params(UUID.randomUUID(), placement, day, status, java.sql.Timestamp.from(submitted)).update();
    }

    /** An application of the student to the offer, in the status given (its decisions are the offers' tests'). */
    void application(UUID offer, UUID student, UUID university, String status) {
        jdbc.sql("INSERT INTO placements.application (id, offer_id, student_id, university_id, status) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), offer, student, university, status).update();
    }

    void evaluation(UUID placement, String stage, String evaluator, double score) {
        jdbc.sql("INSERT INTO placements.evaluation (id, placement_id, stage, evaluator, evaluator_id, score) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), placement, stage, evaluator, UUID.randomUUID(), score).update();
    }

    void jobOffer(UUID placement, Boolean accepted) {
        jdbc.sql("INSERT INTO placements.job_offer (id, placement_id, position, offered_on, accepted, recorded_by) "
                        + "VALUES (?, ?, 'Junior analyst', CURRENT_DATE, ?, ?)")
                .params(UUID.randomUUID(), placement, accepted, UUID.randomUUID()).update();
    }

    /** The company's representative names the mentor, as on the placement's page. */
    void mentor(CurrentUser representative, UUID placement, UUID mentor) {
        registry.assignMentor(representative, placement, mentor);
    }
}
