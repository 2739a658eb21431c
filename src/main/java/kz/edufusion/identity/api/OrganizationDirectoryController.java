package kz.edufusion.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.identity.domain.OrganizationService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory every signed-in user may read. Only ACTIVE organizations are in it: a company waiting for
 * approval or a suspended one must not look like a partner, so for non-admins it simply does not exist (404).
 */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = ApiTags.ORGANIZATIONS, description = ApiTags.ORGANIZATIONS_DESCRIPTION)
class OrganizationDirectoryController {

    private final OrganizationService organizations;

    OrganizationDirectoryController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GetMapping
    @Operation(summary = "Search active organizations by type and name, short name or BIN")
    PageResponse<OrganizationView> search(
            @RequestParam(required = false) OrganizationType type,
            @Parameter(description = "Part of a name in any language, the short name or the BIN")
            @RequestParam(required = false) String q,
            @Parameter(description = Paging.PAGE_DESCRIPTION) @RequestParam(defaultValue = "0")
            @Min(value = 0, message = "{api.validation.min}") @Max(value = Paging.MAX_PAGE, message = "{api.validation.max}") int page,
            @Parameter(description = Paging.SIZE_DESCRIPTION) @RequestParam(defaultValue = "20")
            @Min(value = 1, message = "{api.validation.min}") int size) {
        return organizations.search(type, OrganizationStatus.ACTIVE, q, PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organization; administrators also see pending and suspended ones")
    OrganizationView get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        OrganizationView organization = organizations.find(id);
        if (organization.status() != OrganizationStatus.ACTIVE && !user.isAdmin()) {
            throw DomainProblem.notFound("organization.problem.notFound");
        }
        return organization;
    }
}
