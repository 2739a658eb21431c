package kz.edufusion.credentials.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the issuer publishes at stable public URLs: its Profile, its JWKS, each achievement, and each status list as
 * a signed {@code BitstringStatusListCredential} (signed at request time with the active key, so it always carries
 * the current bits).
 */
@Component
public class PublicDocuments {

    private final IssuerProfile issuer;
    private final SigningKeys keys;
    private final StatusLists statusLists;
    private final CredentialStore store;

    PublicDocuments(IssuerProfile issuer, SigningKeys keys, StatusLists statusLists, CredentialStore store) {
        this.issuer = issuer;
        this.keys = keys;
        this.statusLists = statusLists;
        this.store = store;
    }

    public Map<String, Object> issuerProfile() {
        return issuer.document();
    }

    public Map<String, Object> jwks() {
        return keys.jwks();
    }

    /** The status list credential as a VC-JWT, or empty for an unknown list. */
    @Transactional
    public Optional<String> statusListCredential(int listId) {
        return statusLists.bits(listId).map(bits ->
                keys.sign(Jwts.json(OpenBadgePayload.statusList(issuer, listId, bits, Instant.now()))).jwt());
    }

    public Optional<Map<String, Object>> achievement(UUID id) {
        return store.achievement(id).map(a -> {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("@context", java.util.List.of(IssuerProfile.VC_CONTEXT, IssuerProfile.OB_CONTEXT));
            document.putAll(OpenBadgePayload.achievement(issuer, a.id(), a.definition()));
            return document;
        });
    }
}
