package kz.edufusion.placements.domain;

import java.time.Instant;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.placements.ApplicationStatus;
import kz.edufusion.placements.PlacementWay;
import kz.edufusion.placements.Selection;

/**
 * A student's application to an offer (or a coordinator's nomination of one). The company moves it along
 * SUBMITTED -> SHORTLISTED -> INTERVIEW -> ACCEPTED/REJECTED; an offer chosen after an interview accepts only after
 * one, a first-come offer at any open step. The student may withdraw while it is open.
 */
final class Application {

    private final UUID id;
    private final UUID offerId;
    private final UUID studentId;
    private final UUID universityId;
    private final String motivation;
    private final UUID cvId;
    private final UUID nominatedBy;
    private final Instant createdAt;
    private ApplicationStatus status;
    private Instant interviewAt;
    private String interviewPlace;
    private String decisionReason;
    private UUID decidedBy;

    Application(UUID id, UUID offerId, UUID studentId, UUID universityId, String motivation, UUID cvId, UUID nominatedBy,
            Instant createdAt, ApplicationStatus status, Instant interviewAt, String interviewPlace, String decisionReason,
            UUID decidedBy) {
        this.id = id;
        this.offerId = offerId;
        this.studentId = studentId;
        this.universityId = universityId;
        this.motivation = motivation;
        this.cvId = cvId;
        this.nominatedBy = nominatedBy;
        this.createdAt = createdAt;
        this.status = status;
        this.interviewAt = interviewAt;
        this.interviewPlace = interviewPlace;
        this.decisionReason = decisionReason;
        this.decidedBy = decidedBy;
    }

    static Application submit(UUID offerId, UUID studentId, UUID universityId, String motivation, UUID cvId, UUID nominatedBy) {
        return new Application(UUID.randomUUID(), offerId, studentId, universityId, motivation, cvId, nominatedBy,
                Instant.now(), ApplicationStatus.SUBMITTED, null, null, null, null);
    }

    void shortlist(UUID by) {
        require(status == ApplicationStatus.SUBMITTED);
        status = ApplicationStatus.SHORTLISTED;
        decidedBy = by;
    }

    /** Schedules (or moves) the interview of a shortlisted applicant. */
    void scheduleInterview(Instant at, String place, UUID by) {
        require(status == ApplicationStatus.SHORTLISTED || status == ApplicationStatus.INTERVIEW);
        status = ApplicationStatus.INTERVIEW;
        interviewAt = at;
        interviewPlace = place;
        decidedBy = by;
    }

    void accept(Selection selection, UUID by) {
        require(selection == Selection.INTERVIEW ? status == ApplicationStatus.INTERVIEW : status.open());
        status = ApplicationStatus.ACCEPTED;
        decidedBy = by;
    }

    void reject(String reason, UUID by) {
        require(status.open());
        status = ApplicationStatus.REJECTED;
        decisionReason = reason;
        decidedBy = by;
    }

    void withdraw() {
        require(status.open());
        status = ApplicationStatus.WITHDRAWN;
    }

    /** How a placement from this application came about. */
    PlacementWay way(Selection selection) {
        if (nominatedBy != null) {
            return PlacementWay.NOMINATION;
        }
        return selection == Selection.INTERVIEW ? PlacementWay.INTERVIEW : PlacementWay.FIRST_COME;
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw DomainProblem.conflict("placements.problem.applicationState", status.name());
        }
    }

    UUID id() { return id; }
    UUID offerId() { return offerId; }
    UUID studentId() { return studentId; }
    UUID universityId() { return universityId; }
    String motivation() { return motivation; }
    UUID cvId() { return cvId; }
    UUID nominatedBy() { return nominatedBy; }
    Instant createdAt() { return createdAt; }
    ApplicationStatus status() { return status; }
    Instant interviewAt() { return interviewAt; }
    String interviewPlace() { return interviewPlace; }
    String decisionReason() { return decisionReason; }
    UUID decidedBy() { return decidedBy; }
}
