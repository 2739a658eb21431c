package kz.edufusion.placements.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications: students apply with a CV and a motivation, coordinators nominate their students, the offer's company
 * decides. Everything is checked before anything is written, so a refused application leaves no CV behind.
 */
@Service
@Transactional
public class Applications {

    static final int MAX_TEXT = 4000;

    private final ApplicationStore store;
    private final Offers offers;
    private final OfferStore offerStore;
    private final StudentProfileStore profiles;
    private final CvFiles cvs;
    private final PlacementRegistry placements;
    private final ApplicationViews views;
    private final AuditLog audit;

    Applications(ApplicationStore store, Offers offers, OfferStore offerStore, StudentProfileStore profiles, CvFiles cvs, PlacementRegistry placements,
            ApplicationViews views, AuditLog audit) {
        this.store = store;
        this.offers = offers;
        this.offerStore = offerStore;
        this.profiles = profiles;
        this.cvs = cvs;
        this.placements = placements;
        this.views = views;
        this.audit = audit;
    }

    public ApplicationView apply(CurrentUser user, UUID offerId, String motivation, CvUpload cv) {
        PlacementAccess.requireStudent(user);
        Offer offer = openOffer(user, offerId);
        List<FieldProblem> problems = new ArrayList<>();
        if (motivation == null || motivation.isBlank()) {
            problems.add(new FieldProblem("motivation", "placements.validation.motivation"));
        } else if (motivation.length() > MAX_TEXT) {
            problems.add(new FieldProblem("motivation", "placements.validation.tooLong"));
        }
        cvs.problem(cv).ifPresent(problems::add);
        PlacementInputRejected.throwIfAny(problems);
        StudentProfile profile = profiles.find(user.personId())
                .orElseThrow(() -> DomainProblem.conflict("placements.problem.profileMissing"));
        Application application = submit(offer, profile, motivation, cvs.store(user.personId(), cv), null);
        audit.record("placements.application.submitted", "application", application.id(), "offer " + offerId);
        return views.view(application);
    }

    /** A coordinator puts a student of their university forward for an offer: an application marked nominated. */
    public ApplicationView nominate(CurrentUser user, UUID offerId, UUID studentId, String note) {
        StudentProfile profile = profiles.find(studentId).filter(p -> PlacementAccess.coordinates(user, p.universityId()))
                .orElseThrow(PlacementAccess::hidden);
        if (note != null && note.length() > MAX_TEXT) {
            throw DomainProblem.invalidField("motivation", "placements.validation.tooLong");
        }
        Application application = submit(openOffer(user, offerId), profile, note, null, user.personId());
        audit.record("placements.application.nominated", "application", application.id(), "student " + studentId);
        return views.view(application);
    }

    public ApplicationView withdraw(CurrentUser user, UUID applicationId) {
        Application application = store.lock(applicationId).filter(a -> a.studentId().equals(user.personId()))
                .orElseThrow(PlacementAccess::hidden);
        application.withdraw();
        store.update(application);
        audit.record("placements.application.withdrawn", "application", applicationId, null);
        return views.view(application);
    }

    /** The company's step; an acceptance makes the placement in the same transaction, or nothing changes. */
    public ApplicationView decide(CurrentUser user, UUID applicationId, Decision decision) {
        Application application = store.lock(applicationId).orElseThrow(PlacementAccess::hidden);
        Offer offer = offerStore.find(application.offerId()).filter(o -> PlacementAccess.represents(user, o.companyId()))
                .orElseThrow(PlacementAccess::hidden);
        switch (decision.action()) {
            case SHORTLIST -> application.shortlist(user.personId());
            case INTERVIEW -> {
                requireInterview(decision);
                application.scheduleInterview(decision.interviewAt(), decision.interviewPlace().strip(), user.personId());
            }
            case ACCEPT -> {
                application.accept(offer.terms().selection(), user.personId());
                placements.create(ApplicationViews.placement(application, offer, views.companyName(offer), user.personId()));
            }
            case REJECT -> {
                if (decision.reason() == null || decision.reason().isBlank()) {
                    throw DomainProblem.invalidField("reason", "placements.validation.reason");
                }
                application.reject(decision.reason().strip(), user.personId());
            }
        }
        store.update(application);
        audit.record("placements.application." + decision.action().name().toLowerCase(), "application", applicationId, null);
        return views.view(application);
    }

    /** The largest CV accepted, for the form to say. */
    public org.springframework.util.unit.DataSize cvLimit() {
        return cvs.limit();
    }

    @Transactional(readOnly = true)
    public ApplicationView read(CurrentUser user, UUID applicationId) {
        return views.view(readable(user, applicationId));
    }

    @Transactional(readOnly = true)
    public CvFile cv(CurrentUser user, UUID applicationId) {
        Application application = readable(user, applicationId);
        return application.cvId() == null ? null : cvs.find(application.cvId()).orElse(null);
    }

    @Transactional(readOnly = true)
    public List<ApplicationView> mine(CurrentUser user) {
        return store.ofStudent(user.personId()).stream().map(views::view).toList();
    }

    /** The applicants of an offer, for the representatives of its company only. */
    @Transactional(readOnly = true)
    public List<ApplicationView> ofOffer(CurrentUser user, UUID offerId) {
        offerStore.find(offerId).filter(o -> PlacementAccess.represents(user, o.companyId()))
                .orElseThrow(PlacementAccess::hidden);
        return store.ofOffer(offerId).stream().map(views::view).toList();
    }

    @Transactional(readOnly = true)
    public List<ApplicationView> ofMyUniversities(CurrentUser user) {
        return store.ofUniversities(PlacementAccess.universities(user)).stream().map(views::view).toList();
    }

    private Application submit(Offer offer, StudentProfile profile, String motivation, UUID cvId, UUID nominatedBy) {
        offer.requireOpenForApplications();
        Eligibility.require(profile, offer.terms());
        if (store.exists(offer.id(), profile.personId())) {
            throw DomainProblem.conflict("placements.problem.alreadyApplied");
        }
        Application application = Application.submit(offer.id(), profile.personId(), profile.universityId(), motivation, cvId,
                nominatedBy);
        store.insert(application);
        return application;
    }

    private Offer openOffer(CurrentUser user, UUID offerId) {
        offers.visible(user, offerId);
        return offerStore.find(offerId).orElseThrow(PlacementAccess::hidden);
    }

    private Application readable(CurrentUser user, UUID applicationId) {
        Application application = store.find(applicationId).orElseThrow(PlacementAccess::hidden);
        boolean company = offerStore.find(application.offerId()).filter(o -> PlacementAccess.represents(user, o.companyId()))
                .isPresent();
        if (!application.studentId().equals(user.personId()) && !company
                && !PlacementAccess.coordinates(user, application.universityId())) {
            throw PlacementAccess.hidden();
        }
        return application;
    }

    private static void requireInterview(Decision decision) {
        List<FieldProblem> problems = new ArrayList<>();
        if (decision.interviewAt() == null) {
            problems.add(new FieldProblem("interviewAt", "placements.validation.required"));
        }
        if (decision.interviewPlace() == null || decision.interviewPlace().isBlank()) {
            problems.add(new FieldProblem("interviewPlace", "placements.validation.required"));
        }
        PlacementInputRejected.throwIfAny(problems);
    }
}
