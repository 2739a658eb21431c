package kz.edufusion.academy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.EnrollmentMode;
import kz.edufusion.academy.domain.AcademyCalendar;
import kz.edufusion.academy.domain.ApplicantRow;
import kz.edufusion.academy.domain.ApplicationView;
import kz.edufusion.academy.domain.CohortInput;
import kz.edufusion.academy.domain.CohortView;
import kz.edufusion.academy.domain.Delivery;
import kz.edufusion.academy.domain.SemesterInput;
import kz.edufusion.academy.domain.SemesterView;
import kz.edufusion.academy.domain.SessionInput;
import kz.edufusion.academy.domain.SessionView;
import kz.edufusion.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Delivery over REST: applying and withdrawing (any signed-in person), and for a course's owner only (404 for anyone
 * else) the mode, cohorts, requests and live sessions; semesters are corrected by the administrator (403 otherwise).
 * Refusals are RFC 7807 problems, invalid input with its field errors.
 */
@RestController
@RequestMapping("/api/v1/academy")
@Tag(name = "Academy delivery", description = "Enrollment modes, cohorts, waiting lists, approvals, semesters, live sessions")
class DeliveryApi {

    private final Delivery delivery;
    private final AcademyCalendar calendar;

    DeliveryApi(Delivery delivery, AcademyCalendar calendar) {
        this.delivery = delivery;
        this.calendar = calendar;
    }

    record ApplyRequest(UUID cohortId) {
    }

    record ModeRequest(EnrollmentMode mode) {
    }

    record DeclineRequest(String reason) {
    }

    @GetMapping("/courses/{id}/cohorts")
    List<CohortView> cohorts(@PathVariable UUID id) {
        return delivery.publishedCohorts(id);
    }

    @PostMapping("/courses/{id}/application")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Apply as the course's mode says: enrolled, pending approval, or a seat or waiting-list place in a cohort")
    ApplicationView apply(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) ApplyRequest body) {
        return delivery.apply(user, id, body == null ? null : body.cohortId());
    }

    @GetMapping("/courses/{id}/application")
    ApplicationView application(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return delivery.application(user, id).orElseThrow(() -> kz.edufusion.common.web.DomainProblem.notFound("academy.problem.notFound"));
    }

    @DeleteMapping("/courses/{id}/application")
    @Operation(summary = "Withdraw; a seat given back goes to the first learner waiting")
    ApplicationView withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return delivery.withdraw(user, id);
    }

    @PutMapping("/authoring/courses/{id}/enrollment-mode")
    void mode(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody ModeRequest body) {
        delivery.changeMode(user, id, body.mode());
    }

    @GetMapping("/authoring/courses/{id}/cohorts")
    List<CohortView> ownCohorts(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return delivery.cohorts(user, id);
    }

    @PostMapping("/authoring/courses/{id}/cohorts")
    @ResponseStatus(HttpStatus.CREATED)
    CohortView createCohort(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody CohortInput body) {
        return delivery.createCohort(user, id, body);
    }

    @PutMapping("/authoring/cohorts/{id}")
    @Operation(summary = "Change a cohort; a cap below its members is refused, a higher one promotes from the waiting list")
    CohortView updateCohort(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody CohortInput body) {
        return delivery.updateCohort(user, id, body);
    }

    @PostMapping("/authoring/cohorts/{id}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    SessionView addSession(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody SessionInput body) {
        return calendar.addSession(user, id, body);
    }

    @GetMapping("/authoring/courses/{id}/requests")
    List<ApplicantRow> requests(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return delivery.pending(user, id);
    }

    @PostMapping("/authoring/enrollments/{id}/approval")
    ApplicationView approve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return delivery.approve(user, id);
    }

    @PostMapping("/authoring/enrollments/{id}/decline")
    ApplicationView decline(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody DeclineRequest body) {
        return delivery.decline(user, id, body.reason());
    }

    @GetMapping("/semesters")
    List<SemesterView> semesters() {
        return calendar.semesters();
    }

    @PutMapping("/semesters/{id}")
    SemesterView updateSemester(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody SemesterInput body) {
        return calendar.updateSemester(user, id, body);
    }
}
