package kz.edufusion.credentials.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.credentials.Credentials;
import kz.edufusion.credentials.IssuedCredential;
import kz.edufusion.credentials.VerificationResult;
import kz.edufusion.credentials.domain.SigningKeys;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Credentials over REST: the public verifier (no sign-in; each check with its outcome, reason code and a message in
 * the caller's language), and the administrators' revocation and key rotation.
 */
@RestController
@Tag(name = "Credentials", description = "Verify Open Badges 3.0 credentials (VC-JWT); revoke them and rotate the signing key (admin)")
class CredentialsApi {

    private final Credentials credentials;
    private final SigningKeys keys;
    private final MessageSource messages;

    CredentialsApi(Credentials credentials, SigningKeys keys, MessageSource messages) {
        this.credentials = credentials;
        this.keys = keys;
        this.messages = messages;
    }

    record VerifyRequest(@NotBlank @Size(max = 65536) String jwt) {
    }

    record CheckResponse(String check, String outcome, String reason, String message) {
    }

    record VerifyResponse(boolean valid, String credentialId, List<CheckResponse> checks, Map<String, Object> credential) {
    }

    record RevokeRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    record CredentialResponse(UUID id, String name, String holderName, String achievementKey, String validFrom, String validUntil,
            boolean revoked, String revokedAt, String revokedReason, String verificationUrl) {

        static CredentialResponse of(IssuedCredential c) {
            return new CredentialResponse(c.id(), c.name(), c.holderName(), c.achievementKey(), c.validFrom().toString(),
                    c.validUntil() == null ? null : c.validUntil().toString(), c.revoked(),
                    c.revokedAt() == null ? null : c.revokedAt().toString(), c.revokedReason(), c.verificationUrl());
        }
    }

    @PostMapping("/api/v1/credentials/verify")
    @Operation(summary = "Verify a credential", description = "Checks format, issuer, key (kid in the issuer's JWKS), ES256 "
            + "signature, validFrom/validUntil and revocation status. Open to anyone; answers 200 with valid=false and the "
            + "failed check's reason (MALFORMED, UNKNOWN_ISSUER, UNKNOWN_KEY, BAD_SIGNATURE, UNSUPPORTED_ALGORITHM, "
            + "NOT_YET_VALID, EXPIRED, REVOKED) when it does not verify.")
    VerifyResponse verify(@Valid @RequestBody VerifyRequest request) {
        VerificationResult result = credentials.verify(request.jwt());
        var locale = LocaleContextHolder.getLocale();
        List<CheckResponse> checks = result.checks().stream().map(c -> new CheckResponse(
                c.name().name().toLowerCase(java.util.Locale.ROOT), c.outcome().name(),
                c.reason() == null ? null : c.reason().name(),
                messages.getMessage(c.messageKey(), c.arguments().toArray(), locale))).toList();
        return new VerifyResponse(result.valid(), result.credentialId(), checks, result.valid() ? result.credential() : null);
    }

    @PostMapping("/api/v1/admin/credentials/{id}/revoke")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Operation(summary = "Revoke a credential (admin)", description = "Sets its bit in the status list; 404 for an unknown id, 409 when already revoked.")
    CredentialResponse revoke(@PathVariable UUID id, @Valid @RequestBody RevokeRequest request) {
        return CredentialResponse.of(credentials.revoke(id, request.reason()));
    }

    record KeyResponse(String kid, String status, String createdAt, String retiredAt) {
    }

    @GetMapping("/api/v1/admin/credentials/keys")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Operation(summary = "The signing keys (admin)", description = "Active and retired; all of them are in the public JWKS.")
    List<KeyResponse> keys() {
        return keys.keys().stream().map(k -> new KeyResponse(k.kid(), k.status(), k.createdAt().toString(),
                k.retiredAt() == null ? null : k.retiredAt().toString())).toList();
    }

    @PostMapping("/api/v1/admin/credentials/keys/rotate")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Operation(summary = "Rotate the signing key (admin)", description = "Retires the active key (it stays in the JWKS) and makes a new one.")
    KeyResponse rotate() {
        String kid = keys.rotate();
        return keys.keys().stream().filter(k -> k.kid().equals(kid)).findFirst()
                .map(k -> new KeyResponse(k.kid(), k.status(), k.createdAt().toString(), null)).orElseThrow();
    }
}
