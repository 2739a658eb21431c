package kz.edufusion.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.identity.PersonView;
import kz.edufusion.identity.Role;
import kz.edufusion.identity.domain.PeopleService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administration of people and their roles; {@code @PreAuthorize} backs up the URL rule of the security chain. */
@RestController
@RequestMapping("/api/v1/admin/people")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
@Tag(name = ApiTags.ADMIN_PEOPLE, description = ApiTags.ADMIN_PEOPLE_DESCRIPTION)
class AdminPeopleApiController {

    private final PeopleService people;

    AdminPeopleApiController(PeopleService people) {
        this.people = people;
    }

    record MembershipRequest(@NotNull(message = "{api.validation.required}") UUID organizationId,
            @NotNull(message = "{api.validation.required}") Role role) {
    }

    @GetMapping
    @Operation(summary = "Search people by name or e-mail, role and organization")
    PageResponse<PersonView> search(
            @Parameter(description = "Part of the name or e-mail") @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role,
            @Parameter(description = "Only members of this organization") @RequestParam(required = false) UUID organization,
            @Parameter(description = Paging.PAGE_DESCRIPTION) @RequestParam(defaultValue = "0")
            @Min(value = 0, message = "{api.validation.min}") @Max(value = Paging.MAX_PAGE, message = "{api.validation.max}") int page,
            @Parameter(description = Paging.SIZE_DESCRIPTION) @RequestParam(defaultValue = "20")
            @Min(value = 1, message = "{api.validation.min}") int size) {
        return people.search(q, role, organization, PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One person with all their memberships")
    PersonView get(@PathVariable UUID id) {
        return people.find(id);
    }

    @PostMapping("/{id}/memberships")
    @Operation(summary = "Give the person a role in an organization (no change if they already hold it)")
    PersonView grant(@PathVariable UUID id, @Valid @RequestBody MembershipRequest body) {
        return people.grant(id, body.organizationId(), body.role());
    }

    @DeleteMapping("/{id}/memberships/{organizationId}/{role}")
    @Operation(summary = "Take a role in an organization away from the person")
    @ApiResponse(responseCode = "204", description = "The person no longer holds the role there")
    ResponseEntity<Void> revoke(@PathVariable UUID id, @PathVariable UUID organizationId, @PathVariable Role role) {
        people.revoke(id, organizationId, role);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "Unlock an account locked after repeated failed logins")
    PersonView unlock(@PathVariable UUID id) {
        return people.unlock(id);
    }
}
