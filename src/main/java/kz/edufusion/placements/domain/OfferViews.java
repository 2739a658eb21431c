package kz.edufusion.placements.domain;

import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationView;
import org.springframework.stereotype.Component;

/** Builds {@link OfferView}s: the company's name from identity, skill labels from the taxonomy, seats taken. */
@Component
class OfferViews {

    private final IdentityDirectory directory;
    private final SkillChoices skills;
    private final OfferStore store;

    OfferViews(IdentityDirectory directory, SkillChoices skills, OfferStore store) {
        this.directory = directory;
        this.skills = skills;
        this.store = store;
    }

    OfferView view(Offer offer, Integer matchPercent) {
        OfferDraft t = offer.terms();
        LocalizedText company = directory.organization(offer.companyId()).map(OrganizationView::name)
                .orElse(LocalizedText.of(null, null, null));
        LocalizedText description = t.description() == null ? LocalizedText.of(null, null, null) : t.description();
        return new OfferView(offer.id(), offer.companyId(), company, t.type(), t.selection(), t.title(), description,
                skills.labels(t.skillUris()), t.fieldCodes(), t.programCodes(), t.minYear(), t.regionCode(), t.city(),
                t.remote(), t.startsOn(), t.endsOn(), t.hoursPerWeek(), t.seats(), store.placed(offer.id()), t.stipendKzt(),
                t.mentors(), offer.status(), matchPercent, offer.createdBy());
    }
}
