package kz.edufusion.credentials.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The platform as an Open Badges issuer: its Profile id is the public URL of {@code /credentials/issuer}, which
 * serves this Profile; the JWKS, the status lists, the achievements and the verification pages hang off the same
 * public URL ({@code EDUFUSION_PUBLIC_URL}). The verifier trusts exactly this issuer.
 */
@Component
public class IssuerProfile {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private final String base;
    private final String name;

    IssuerProfile(@Value("${edufusion.public-url}") String publicUrl, CredentialsProperties properties) {
        this.base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.name = properties.issuerName() == null || properties.issuerName().isBlank() ? "EduFusion" : properties.issuerName();
    }

    public String id() {
        return base + "/credentials/issuer";
    }

    public String name() {
        return name;
    }

    public String jwksUrl() {
        return base + "/credentials/jwks.json";
    }

    public String statusListUrl(int listId) {
        return base + "/credentials/status/" + listId;
    }

    public String achievementUrl(java.util.UUID achievementId) {
        return base + "/credentials/achievements/" + achievementId;
    }

    public String verificationUrl(java.util.UUID credentialId) {
        return base + "/verify/credentials/" + credentialId;
    }

    public String homepage() {
        return base + "/";
    }

    /** The issuer as it appears inside a credential. */
    public Map<String, Object> embedded() {
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", id());
        issuer.put("type", java.util.List.of("Profile"));
        issuer.put("name", name);
        issuer.put("url", homepage());
        return issuer;
    }

    /** The Profile document served at {@link #id()}. */
    public Map<String, Object> document() {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("@context", java.util.List.of(VC_CONTEXT, OB_CONTEXT));
        profile.putAll(embedded());
        return profile;
    }
}
