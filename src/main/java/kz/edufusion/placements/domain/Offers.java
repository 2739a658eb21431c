package kz.edufusion.placements.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.identity.Role;
import kz.edufusion.placements.OfferStatus;
import kz.edufusion.placements.OfferType;
import kz.edufusion.reference.ReferenceData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers: companies' representatives write, publish and close their company's offers; a university coordinator may
 * publish on behalf of any active company (a partner that does not use the platform itself), and the audit log says
 * who did. Students find only published offers of active companies.
 */
@Service
@Transactional
public class Offers {

    private final OfferStore store;
    private final OfferFinder finder;
    private final OfferViews views;
    private final StudentProfileStore profiles;
    private final IdentityDirectory directory;
    private final ReferenceData reference;
    private final AuditLog audit;

    Offers(OfferStore store, OfferFinder finder, OfferViews views, StudentProfileStore profiles, IdentityDirectory directory,
            ReferenceData reference, AuditLog audit) {
        this.store = store;
        this.finder = finder;
        this.views = views;
        this.profiles = profiles;
        this.directory = directory;
        this.reference = reference;
        this.audit = audit;
    }

    public OfferView create(CurrentUser user, UUID companyId, OfferDraft draft) {
        boolean representative = PlacementAccess.represents(user, companyId);
        if (!representative && !(user.has(Role.UNIVERSITY_COORDINATOR) && activeCompany(companyId))) {
            throw PlacementAccess.hidden();
        }
        PlacementInputRejected.throwIfAny(draft.problems(reference));
        Offer offer = Offer.draft(companyId, user.personId(), draft);
        store.insert(offer);
        audit.record("placements.offer.created", "offer", offer.id(),
                "company " + companyId + (representative ? "" : ", on its behalf by a university coordinator"));
        return views.view(offer, null);
    }

    /** The rules the draft breaks, for forms that show them beside their own reading errors. */
    @Transactional(readOnly = true)
    public List<kz.edufusion.common.web.DomainProblem.FieldProblem> problems(OfferDraft draft) {
        return draft.problems(reference);
    }

    public OfferView update(CurrentUser user, UUID offerId, OfferDraft draft) {
        Offer offer = managed(user, offerId);
        PlacementInputRejected.throwIfAny(draft.problems(reference));
        offer.edit(draft);
        store.update(offer);
        audit.record("placements.offer.updated", "offer", offerId, null);
        return views.view(offer, null);
    }

    public void delete(CurrentUser user, UUID offerId) {
        Offer offer = managed(user, offerId);
        offer.requireDeletable();
        store.delete(offerId);
        audit.record("placements.offer.deleted", "offer", offerId, null);
    }

    public OfferView publish(CurrentUser user, UUID offerId) {
        Offer offer = managed(user, offerId);
        offer.publish(Instant.now());
        store.update(offer);
        audit.record("placements.offer.published", "offer", offerId, null);
        return views.view(offer, null);
    }

    public OfferView close(CurrentUser user, UUID offerId) {
        Offer offer = managed(user, offerId);
        offer.close();
        store.update(offer);
        audit.record("placements.offer.closed", "offer", offerId, null);
        return views.view(offer, null);
    }

    @Transactional(readOnly = true)
    public OfferView managedView(CurrentUser user, UUID offerId) {
        return views.view(managed(user, offerId), null);
    }

    @Transactional(readOnly = true)
    public List<OfferView> managedOffers(CurrentUser user) {
        return store.ofCompanies(PlacementAccess.companies(user), user.personId()).stream().map(o -> views.view(o, null)).toList();
    }

    /** Published offers of active companies, with the reader's skill-match score. */
    @Transactional(readOnly = true)
    public PageResponse<OfferView> search(CurrentUser user, OfferFilter filter, PageQuery page) {
        boolean scored = profiles.find(user.personId()).isPresent();
        OfferFinder.Result result = finder.search(filter, activeCompanies(), mySkills(user), page);
        return PageResponse.of(result.items().stream()
                .map(f -> views.view(f.offer(), scored ? f.matchPercent() : null)).toList(), page, result.total());
    }

    /** An offer a student may read: published or closed, of an active company; its managers see it in any state. */
    @Transactional(readOnly = true)
    public OfferView visible(CurrentUser user, UUID offerId) {
        Offer offer = store.find(offerId).orElseThrow(PlacementAccess::hidden);
        if (!manages(user, offer) && (offer.status() == OfferStatus.DRAFT || !activeCompany(offer.companyId()))) {
            throw PlacementAccess.hidden();
        }
        // a reader without a student profile has no skills to match: no score rather than 0 %
        Integer score = profiles.find(user.personId()).isPresent() ? finder.match(offerId, mySkills(user)) : null;
        return views.view(offer, score);
    }

    /**
     * For the allocation round service, which checks who may see a round itself: the offer in any state, without a
     * score; empty when there is no such offer.
     */
    @Transactional(readOnly = true)
    public Optional<OfferView> view(UUID offerId) {
        return store.find(offerId).map(o -> views.view(o, null));
    }

    /** Whether students can be placed at the offer now: it is published and its company is active. */
    @Transactional(readOnly = true)
    public boolean open(OfferView offer) {
        return offer.status() == OfferStatus.PUBLISHED && activeCompany(offer.companyId());
    }

    /** Published offers of active companies of these types (every type when empty) with a seat free, newest first. */
    @Transactional(readOnly = true)
    public List<OfferView> openOffers(Set<OfferType> types, int limit) {
        String[] typeNames = (types.isEmpty() ? EnumSet.allOf(OfferType.class) : types)
                .stream().map(Enum::name).toArray(String[]::new);
        return store.published(activeCompanies(), typeNames, limit).stream().map(o -> views.view(o, null))
                .filter(v -> v.seatsLeft() > 0).toList();
    }

    /**
     * The skill-match score of each offer for each student (offer id to student id to percent), the score the search
     * shows; an offer that lists no skills is absent. For the round service, which ranks students by it.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Map<UUID, Integer>> matchPercents(Collection<UUID> offerIds,
            Collection<UUID> studentIds) {
        if (offerIds.isEmpty() || studentIds.isEmpty()) {
            return Map.of();
        }
        return finder.matches(offerIds.toArray(UUID[]::new), studentIds.toArray(UUID[]::new));
    }

    /** The active companies a coordinator may publish for. */
    @Transactional(readOnly = true)
    public List<OrganizationView> companiesToPublishFor(CurrentUser user) {
        List<OrganizationView> all = directory.activeOrganizations(OrganizationType.COMPANY);
        return user.has(Role.UNIVERSITY_COORDINATOR) ? all
                : all.stream().filter(c -> PlacementAccess.represents(user, c.id())).toList();
    }

    Offer managed(CurrentUser user, UUID offerId) {
        return store.find(offerId).filter(o -> manages(user, o)).orElseThrow(PlacementAccess::hidden);
    }

    static boolean manages(CurrentUser user, Offer offer) {
        return PlacementAccess.represents(user, offer.companyId()) || user.personId().equals(offer.createdBy());
    }

    boolean activeCompany(UUID companyId) {
        return directory.organization(companyId)
                .filter(o -> o.type() == OrganizationType.COMPANY && o.status() == OrganizationStatus.ACTIVE).isPresent();
    }

    UUID[] activeCompanies() {
        return directory.activeOrganizations(OrganizationType.COMPANY).stream().map(OrganizationView::id).toArray(UUID[]::new);
    }

    private String[] mySkills(CurrentUser user) {
        return profiles.find(user.personId()).map(p -> p.skillUris().toArray(String[]::new)).orElse(new String[0]);
    }
}
