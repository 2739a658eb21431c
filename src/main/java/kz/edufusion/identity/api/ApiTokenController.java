package kz.edufusion.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.ApiTokenView;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.domain.ApiTokenService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own tokens. Another person's token answers 404, not 403, so token ids cannot be probed. */
@RestController
@RequestMapping("/api/v1/me/tokens")
@Tag(name = ApiTags.TOKENS, description = ApiTags.TOKENS_DESCRIPTION)
class ApiTokenController {

    private final ApiTokenService tokens;

    ApiTokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    record NewTokenRequest(
            @NotBlank(message = "{api.validation.required}") @Size(max = 100, message = "{api.validation.size}") String name,
            @Schema(description = "Days until the token expires; omit for a token that does not expire")
            @Min(value = 1, message = "{api.validation.min}") @Max(value = 3650, message = "{api.validation.max}") Integer validDays) {
    }

    @Schema(description = "A new token: the secret is shown only in this response and is never stored")
    record NewTokenResponse(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt, String secret) {
    }

    @GetMapping
    @Operation(summary = "List the caller's tokens, newest first, including revoked and expired ones")
    List<ApiTokenView> list(@AuthenticationPrincipal CurrentUser user) {
        return tokens.list(user.personId());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's tokens")
    ApiTokenView get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return tokens.list(user.personId()).stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> DomainProblem.notFound("apiToken.problem.notFound"));
    }

    @PostMapping
    @Operation(summary = "Create a token; the response carries its secret, the only time it is shown")
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new token")
    ResponseEntity<NewTokenResponse> create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody NewTokenRequest body) {
        ApiTokenService.CreatedToken created = tokens.create(user, body.name(), body.validDays());
        ApiTokenView token = created.token();
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + token.id()))
                .body(new NewTokenResponse(token.id(), token.name(), token.prefix(), token.createdAt(), token.expiresAt(),
                        created.secret()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of the caller's tokens; it stops working at once")
    @ApiResponse(responseCode = "204", description = "Revoked")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        tokens.revoke(user, id);
        return ResponseEntity.noContent().build();
    }
}
