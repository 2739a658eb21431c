package kz.edufusion.credentials.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.credentials.IssuedCredential;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holder's side: their own credentials only. Anyone else's id answers 404, the same as an id that does not
 * exist. A holder may hide a credential from its public verification page (the page then answers 404 like an
 * unknown id); the credential itself stays valid wherever the holder has shared the JWT, and can be shown again.
 */
@Service
public class Wallet {

    private final CredentialStore store;
    private final CredentialService credentials;
    private final AuditLog audit;

    Wallet(CredentialStore store, CredentialService credentials, AuditLog audit) {
        this.store = store;
        this.credentials = credentials;
        this.audit = audit;
    }

    public List<IssuedCredential> mine(CurrentUser user) {
        return credentials.ofHolder(user.personId());
    }

    public IssuedCredential mine(CurrentUser user, UUID id) {
        return store.find(id).filter(row -> row.holderPersonId().equals(user.personId())).map(credentials::view)
                .orElseThrow(() -> DomainProblem.notFound("credentials.problem.notFound"));
    }

    /** The export: the decoded credential and the VC-JWT that carries it. */
    public Map<String, Object> export(CurrentUser user, UUID id) {
        IssuedCredential credential = mine(user, id);
        return Map.of("credential", Jwts.storedPayload(credential.jwt()), "jwt", credential.jwt());
    }

    @Transactional
    public void setHidden(CurrentUser user, UUID id, boolean hidden) {
        mine(user, id);
        store.hide(id, hidden);
        audit.record(hidden ? "credentials.hidden" : "credentials.shown", "credential", id, null);
    }

    /** A credential for its public page: empty (404) when it does not exist or its holder hid it. */
    public java.util.Optional<IssuedCredential> published(UUID id) {
        return store.find(id).filter(row -> !row.hidden()).map(credentials::view);
    }

    public Map<String, Object> decoded(IssuedCredential credential) {
        return Jwts.storedPayload(credential.jwt());
    }
}
