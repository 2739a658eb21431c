package kz.edufusion.placements.domain;

import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.identity.PersonView;
import org.springframework.stereotype.Component;

/** Builds {@link ApplicationView}s with the offer's title, the company's and the student's names. */
@Component
class ApplicationViews {

    private static final LocalizedText NONE = LocalizedText.of(null, null, null);

    private final OfferStore offers;
    private final CvFiles cvs;
    private final IdentityDirectory directory;

    ApplicationViews(OfferStore offers, CvFiles cvs, IdentityDirectory directory) {
        this.offers = offers;
        this.cvs = cvs;
        this.directory = directory;
    }

    ApplicationView view(Application a) {
        Offer offer = offers.find(a.offerId()).orElseThrow();
        LocalizedText company = directory.organization(offer.companyId()).map(OrganizationView::name).orElse(NONE);
        return new ApplicationView(a.id(), a.offerId(), offer.terms().title(), offer.companyId(), company, a.studentId(),
                directory.person(a.studentId()).map(PersonView::fullName).orElse(""), a.universityId(), a.status(),
                a.motivation(), a.cvId() == null ? null : cvs.fileName(a.cvId()).orElse(null), a.nominatedBy() != null,
                a.interviewAt(), a.interviewPlace(), a.decisionReason(), a.createdAt());
    }

    String companyName(Offer offer) {
        return directory.organization(offer.companyId()).map(o -> o.name().in("ru")).orElse("");
    }

    static NewPlacement placement(Application a, Offer offer, String companyName, UUID by) {
        OfferDraft t = offer.terms();
        return new NewPlacement(a.way(t.selection()), a.studentId(), a.universityId(), offer.companyId(), companyName,
                offer.id(), a.id(), null, null, t.type(), t.startsOn(), t.endsOn(), t.hoursPerWeek(), t.stipendKzt(), by);
    }
}
