package kz.edufusion.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.identity.AuditEntry;
import kz.edufusion.identity.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log, newest first; every filter matches a part of the value, case-insensitively. */
@RestController
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
@Tag(name = ApiTags.ADMIN_AUDIT, description = ApiTags.ADMIN_AUDIT_DESCRIPTION)
class AdminAuditApiController {

    private final AuditLog audit;

    AdminAuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/admin/audit")
    @Operation(summary = "Search the audit log")
    PageResponse<AuditEntry> search(
            @Parameter(description = "Part of the actor's e-mail") @RequestParam(required = false) String actor,
            @Parameter(description = "Part of the action, e.g. organization.approved") @RequestParam(required = false) String action,
            @Parameter(description = "Part of the object type, e.g. person") @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String objectId,
            @Parameter(description = Paging.PAGE_DESCRIPTION) @RequestParam(defaultValue = "0")
            @Min(value = 0, message = "{api.validation.min}") @Max(value = Paging.MAX_PAGE, message = "{api.validation.max}") int page,
            @Parameter(description = Paging.SIZE_DESCRIPTION) @RequestParam(defaultValue = "20")
            @Min(value = 1, message = "{api.validation.min}") int size) {
        return audit.search(new AuditLog.AuditQuery(actor, action, objectType, objectId), PageQuery.of(page, size));
    }
}
