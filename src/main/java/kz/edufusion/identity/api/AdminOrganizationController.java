package kz.edufusion.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.identity.domain.OrganizationService;
import org.hibernate.validator.constraints.URL;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administration of organizations. The security chain already limits {@code /api/v1/admin/**} to
 * administrators; {@code @PreAuthorize} repeats it so that a changed URL rule cannot open these by accident.
 */
@RestController
@RequestMapping("/api/v1/admin/organizations")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
@Tag(name = ApiTags.ADMIN_ORGANIZATIONS, description = ApiTags.ADMIN_ORGANIZATIONS_DESCRIPTION)
class AdminOrganizationController {

    private final OrganizationService organizations;

    AdminOrganizationController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    record NewOrganizationRequest(
            @NotNull(message = "{api.validation.required}") OrganizationType type,
            @NotNull(message = "{api.validation.required}") @AnyLanguage @Valid LocalizedNameRequest name,
            @Size(max = 60, message = "{api.validation.size}") String shortName,
            @Pattern(regexp = "\\d{12}", message = "{api.validation.bin}") String bin,
            @Size(max = 20, message = "{api.validation.size}") String regionCode,
            @Pattern(regexp = "[A-U]", message = "{api.validation.oked}") String okedSection,
            @URL(regexp = "^https?://.*", message = "{api.validation.url}") @Size(max = 300, message = "{api.validation.size}")
            String website) {

        OrganizationService.NewOrganization command() {
            return new OrganizationService.NewOrganization(type, name.text(), shortName, bin, regionCode, okedSection, website);
        }
    }

    record SuspensionRequest(
            @NotBlank(message = "{api.validation.required}") @Size(max = 500, message = "{api.validation.size}") String reason) {
    }

    @GetMapping
    @Operation(summary = "Search all organizations, whatever their status")
    PageResponse<OrganizationView> search(
            @RequestParam(required = false) OrganizationType type,
            @RequestParam(required = false) OrganizationStatus status,
            @Parameter(description = "Part of a name in any language, the short name or the BIN")
            @RequestParam(required = false) String q,
            @Parameter(description = Paging.PAGE_DESCRIPTION) @RequestParam(defaultValue = "0")
            @Min(value = 0, message = "{api.validation.min}") @Max(value = Paging.MAX_PAGE, message = "{api.validation.max}") int page,
            @Parameter(description = Paging.SIZE_DESCRIPTION) @RequestParam(defaultValue = "20")
            @Min(value = 1, message = "{api.validation.min}") int size) {
        return organizations.search(type, status, q, PageQuery.of(page, size));
    }

    /** An organization an administrator creates is vouched for by them, so it starts ACTIVE. */
    @PostMapping
    @Operation(summary = "Create an organization; it is active at once")
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new organization")
    ResponseEntity<OrganizationView> create(@Valid @RequestBody NewOrganizationRequest body) {
        OrganizationView created = organizations.create(body.command(), OrganizationStatus.ACTIVE);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.id())).body(created);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve a pending organization")
    OrganizationView approve(@PathVariable UUID id) {
        return organizations.approve(id);
    }

    @PostMapping("/{id}/suspend")
    @Operation(summary = "Suspend an organization; its members keep their login but lose its roles")
    OrganizationView suspend(@PathVariable UUID id, @Valid @RequestBody SuspensionRequest body) {
        return organizations.suspend(id, body.reason());
    }

    @PostMapping("/{id}/reactivate")
    @Operation(summary = "Reactivate a suspended organization")
    OrganizationView reactivate(@PathVariable UUID id) {
        return organizations.reactivate(id);
    }
}
