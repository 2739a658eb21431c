package kz.edufusion.placements;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;
import kz.edufusion.placements.domain.OfferDraft;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.support.DemoLogins;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Demo people as CurrentUsers and published offers made for one test, so tests do not depend on each other. */
final class PlacementFixtures {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final UserDetailsService users;
    private final Offers offers;

    PlacementFixtures(UserDetailsService users, Offers offers) {
        this.users = users;
        this.offers = offers;
    }

    CurrentUser user(String login) {
        return (CurrentUser) users.loadUserByUsername(DemoLogins.email(login));
    }

    UUID company(String login) {
        return user(login).organizationsWhere(Role.COMPANY_REPRESENTATIVE).get(0);
    }

    /**
     * Each fixture offer gets its own two-week window from 2031 on, after the demo offers' dates: a student cannot
     * hold two placements at once, and tests place the same demo students many times.
     */
    private static final java.util.concurrent.atomic.AtomicInteger WINDOWS = new java.util.concurrent.atomic.AtomicInteger();

    /** The first day of a fresh two-week window (the window ends 12 days later). */
    static LocalDate nextWindow() {
        return LocalDate.of(2031, 1, 6).plusWeeks(2L * WINDOWS.getAndIncrement());
    }

    static OfferDraft draft(String title, Selection selection, int seats) {
        LocalDate starts = nextWindow();
        return new OfferDraft(OfferType.INTERNSHIP, selection, LocalizedText.of(null, title, null),
                LocalizedText.of(null, "Описание " + title, null), List.of(), List.of(), List.of(), null, "KZ-75", "Алматы",
                false, starts, starts.plusDays(12), 30, seats, 100_000, null);
    }

    /** A published offer of the company the login represents. */
    OfferView published(String companyLogin, Selection selection, int seats) {
        CurrentUser rep = user(companyLogin);
        OfferView offer = offers.create(rep, company(companyLogin), draft("Тест " + UUID.randomUUID(), selection, seats));
        return offers.publish(rep, offer.id());
    }
}
