package kz.edufusion.placements.domain;

import java.time.Instant;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.placements.OfferStatus;

/** An internship offer of a company: its terms and its state, which only moves DRAFT -> PUBLISHED -> CLOSED. */
final class Offer {

    private final UUID id;
    private final UUID companyId;
    private final UUID createdBy;
    private OfferDraft terms;
    private OfferStatus status;
    private Instant publishedAt;

    Offer(UUID id, UUID companyId, UUID createdBy, OfferDraft terms, OfferStatus status, Instant publishedAt) {
        this.id = id;
        this.companyId = companyId;
        this.createdBy = createdBy;
        this.terms = terms;
        this.status = status;
        this.publishedAt = publishedAt;
    }

    static Offer draft(UUID companyId, UUID createdBy, OfferDraft terms) {
        return new Offer(UUID.randomUUID(), companyId, createdBy, terms, OfferStatus.DRAFT, null);
    }

    /** A closed offer is a record of what was offered; its terms no longer change. */
    void edit(OfferDraft newTerms) {
        if (status == OfferStatus.CLOSED) {
            throw DomainProblem.conflict("placements.problem.offerClosed");
        }
        terms = newTerms;
    }

    /** Only a draft may be deleted: a published offer may have applicants, whose history must stay. */
    void requireDeletable() {
        if (status != OfferStatus.DRAFT) {
            throw DomainProblem.conflict("placements.problem.offerNotDraft");
        }
    }

    void publish(Instant now) {
        if (status != OfferStatus.DRAFT) {
            throw DomainProblem.conflict("placements.problem.offerNotDraft");
        }
        status = OfferStatus.PUBLISHED;
        publishedAt = now;
    }

    void close() {
        if (status != OfferStatus.PUBLISHED) {
            throw DomainProblem.conflict("placements.problem.offerNotPublished");
        }
        status = OfferStatus.CLOSED;
    }

    void requireOpenForApplications() {
        if (status != OfferStatus.PUBLISHED) {
            throw DomainProblem.conflict("placements.problem.offerNotOpen");
        }
    }

    UUID id() {
        return id;
    }

    UUID companyId() {
        return companyId;
    }

    UUID createdBy() {
        return createdBy;
    }

    OfferDraft terms() {
        return terms;
    }

    OfferStatus status() {
        return status;
    }

    Instant publishedAt() {
        return publishedAt;
    }
}
