package kz.edufusion.credentials;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way other modules issue, revoke and look up credentials. Issuing runs in the caller's transaction when
 * there is one (a rolled-back completion issues nothing) and is idempotent per source: a second request with the
 * same {@code sourceModule} and {@code sourceReference} returns the credential already issued.
 */
public interface Credentials {

    /** Signs and stores a new credential (or returns the one already issued for the same source). */
    IssuedCredential issue(CredentialRequest request);

    /**
     * Revokes a credential: its bit in the status list is set, so every verifier sees it revoked from now on. The
     * reason is kept and audited. Revoking a revoked credential is a 409 conflict; an unknown id is a 404.
     */
    IssuedCredential revoke(UUID credentialId, String reason);

    Optional<IssuedCredential> find(UUID credentialId);

    /** The credential a module issued for one of its objects, e.g. a placement id. */
    Optional<IssuedCredential> findBySource(String sourceModule, String sourceReference);

    /** A person's credentials, newest first. */
    List<IssuedCredential> ofHolder(UUID holderPersonId);

    /** Checks a credential presented as a VC-JWT: format, issuer, key, signature, validity dates and status. */
    VerificationResult verify(String jwt);
}
