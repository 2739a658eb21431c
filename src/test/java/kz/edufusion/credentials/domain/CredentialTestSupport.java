package kz.edufusion.credentials.domain;

import java.util.Map;

/** Lets tests sign arbitrary payloads with the platform's real active key (e.g. an already expired credential). */
public final class CredentialTestSupport {

    private CredentialTestSupport() {
    }

    public static String signWithPlatformKey(SigningKeys keys, Map<String, Object> payload) {
        return keys.sign(Jwts.json(payload)).jwt();
    }

    public static Map<String, Object> payload(String jwt) {
        return Jwts.storedPayload(jwt);
    }
}
