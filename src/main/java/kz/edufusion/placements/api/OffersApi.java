package kz.edufusion.placements.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.domain.ApplicationView;
import kz.edufusion.placements.domain.Applications;
import kz.edufusion.placements.domain.CvUpload;
import kz.edufusion.placements.domain.OfferFilter;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.Offers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Internship offers over REST: the students' search (published offers of active companies, with the caller's
 * skill-match score), the companies' own offers, applying with a CV and coordinators' nominations. Objects the
 * caller may not see answer 404 problem details, whether or not they exist.
 */
@RestController
@RequestMapping("/api/v1/placements/offers")
@Tag(name = "Internship offers", description = "Search, publish and apply to internship and practice offers")
class OffersApi {

    private final Offers offers;
    private final Applications applications;

    OffersApi(Offers offers, Applications applications) {
        this.offers = offers;
        this.applications = applications;
    }

    @GetMapping
    @Operation(summary = "Published offers of active companies; sort=match puts the best skill match first")
    PageResponse<OfferView> search(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) OfferType type,
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "false") boolean remote,
            @RequestParam(defaultValue = "false") boolean paid, @RequestParam(required = false) String field,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return offers.search(user, new OfferFilter(type, region, remote, paid, field, q, "match".equals(sort)),
                PageQuery.of(page, size));
    }

    @GetMapping("/managed")
    @Operation(summary = "The offers of the companies the caller represents and those the caller wrote for a company")
    List<OfferView> managed(@AuthenticationPrincipal CurrentUser user) {
        return offers.managedOffers(user);
    }

    @GetMapping("/{id}")
    OfferView offer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return offers.visible(user, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A draft offer of companyId (its representative, or a university coordinator for an active company)")
    OfferView create(@AuthenticationPrincipal CurrentUser user, @RequestBody OfferRequest request) {
        return offers.create(user, request.companyId(), request.draft());
    }

    @PutMapping("/{id}")
    OfferView update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody OfferRequest request) {
        return offers.update(user, id, request.draft());
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a draft (a published offer is closed instead, so that its applications keep their history)")
    void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        offers.delete(user, id);
    }

    @PostMapping("/{id}/publish")
    OfferView publish(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return offers.publish(user, id);
    }

    @PostMapping("/{id}/close")
    OfferView close(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return offers.close(user, id);
    }

    @GetMapping("/{id}/applications")
    @Operation(summary = "The applicants of an offer, for its company's representatives")
    List<ApplicationView> applicants(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return applications.ofOffer(user, id);
    }

    @PostMapping(path = "/{id}/applications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Apply as a student: motivation and a CV (PDF or DOCX, at most edufusion.placements.cv-max-size)")
    ApplicationView apply(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) String motivation, @RequestPart(required = false) MultipartFile cv)
            throws IOException {
        CvUpload upload = cv == null ? null : new CvUpload(cv.getOriginalFilename(), cv.getBytes());
        return applications.apply(user, id, motivation, upload);
    }

    @PostMapping("/{id}/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A coordinator nominates a student of their university (an application marked nominated)")
    ApplicationView nominate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestBody NominationRequest request) {
        return applications.nominate(user, id, request.studentId(), request.note());
    }

    record NominationRequest(UUID studentId, String note) {
    }
}
