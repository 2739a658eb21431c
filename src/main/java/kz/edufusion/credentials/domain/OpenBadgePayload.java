package kz.edufusion.credentials.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.credentials.AchievementDefinition;
import kz.edufusion.credentials.Alignment;

/**
 * The JSON of an Open Badges 3.0 {@code OpenBadgeCredential} in the VC Data Model 2.0 shape, which is the VC-JWT
 * payload itself (no {@code vc} wrapper), with the JWT registered claims beside it: {@code iss} (issuer id),
 * {@code jti} (credential id), {@code sub} (the holder's identifier URN), {@code nbf} = validFrom and {@code exp} =
 * validUntil. The holder is named by two IdentityObjects: the plain name, so a verifier sees whose credential it
 * is, and the salted SHA-256 of their e-mail, so a verifier who knows the address can confirm it without the
 * credential publishing it.
 */
final class OpenBadgePayload {

    private OpenBadgePayload() {
    }

    record Subject(UUID personId, String name, String email) {
    }

    static Map<String, Object> credential(IssuerProfile issuer, UUID credentialId, UUID achievementId,
            AchievementDefinition achievement, Subject subject, Instant validFrom, Instant validUntil,
            StatusLists.Entry status, String salt) {
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(IssuerProfile.VC_CONTEXT, IssuerProfile.OB_CONTEXT));
        vc.put("id", "urn:uuid:" + credentialId);
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("issuer", issuer.embedded());
        vc.put("validFrom", validFrom.truncatedTo(ChronoUnit.SECONDS).toString());
        if (validUntil != null) {
            vc.put("validUntil", validUntil.truncatedTo(ChronoUnit.SECONDS).toString());
        }
        vc.put("name", achievement.name());
        vc.put("description", achievement.description());

        Map<String, Object> credentialSubject = new LinkedHashMap<>();
        credentialSubject.put("type", List.of("AchievementSubject"));
        List<Map<String, Object>> identifiers = new ArrayList<>();
        identifiers.add(identity("name", false, subject.name(), null));
        if (subject.email() != null && !subject.email().isBlank()) {
            identifiers.add(identity("emailAddress", true, "sha256$" + sha256(subject.email().strip().toLowerCase(java.util.Locale.ROOT) + salt), salt));
        }
        credentialSubject.put("identifier", identifiers);
        credentialSubject.put("achievement", achievement(issuer, achievementId, achievement));
        vc.put("credentialSubject", credentialSubject);

        Map<String, Object> credentialStatus = new LinkedHashMap<>();
        credentialStatus.put("id", issuer.statusListUrl(status.listId()) + "#" + status.index());
        credentialStatus.put("type", "BitstringStatusListEntry");
        credentialStatus.put("statusPurpose", "revocation");
        credentialStatus.put("statusListIndex", Integer.toString(status.index()));
        credentialStatus.put("statusListCredential", issuer.statusListUrl(status.listId()));
        vc.put("credentialStatus", credentialStatus);

        vc.put("iss", issuer.id());
        vc.put("jti", "urn:uuid:" + credentialId);
        vc.put("sub", "urn:uuid:" + subject.personId());
        vc.put("nbf", validFrom.getEpochSecond());
        if (validUntil != null) {
            vc.put("exp", validUntil.getEpochSecond());
        }
        return vc;
    }

    static Map<String, Object> achievement(IssuerProfile issuer, UUID achievementId, AchievementDefinition achievement) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", issuer.achievementUrl(achievementId));
        a.put("type", List.of("Achievement"));
        a.put("achievementType", achievement.achievementType());
        a.put("name", achievement.name());
        a.put("description", achievement.description());
        a.put("criteria", Map.of("narrative", achievement.criteriaNarrative()));
        if (!achievement.alignments().isEmpty()) {
            a.put("alignment", achievement.alignments().stream().map(OpenBadgePayload::alignment).toList());
        }
        a.put("creator", issuer.embedded());
        return a;
    }

    private static Map<String, Object> alignment(Alignment alignment) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("type", List.of("Alignment"));
        a.put("targetName", alignment.targetName());
        a.put("targetUrl", alignment.targetUrl());
        if (alignment.targetFramework() != null && !alignment.targetFramework().isBlank()) {
            a.put("targetFramework", alignment.targetFramework());
        }
        if (alignment.targetCode() != null && !alignment.targetCode().isBlank()) {
            a.put("targetCode", alignment.targetCode());
        }
        return a;
    }

    private static Map<String, Object> identity(String type, boolean hashed, String value, String salt) {
        Map<String, Object> id = new LinkedHashMap<>();
        id.put("type", "IdentityObject");
        id.put("identityType", type);
        id.put("hashed", hashed);
        id.put("identityHash", value);
        if (salt != null) {
            id.put("salt", salt);
        }
        return id;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The status list credential: a BitstringStatusListCredential whose subject carries the encoded list. */
    static Map<String, Object> statusList(IssuerProfile issuer, int listId, byte[] bits, Instant now) {
        String url = issuer.statusListUrl(listId);
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(IssuerProfile.VC_CONTEXT));
        vc.put("id", url);
        vc.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        vc.put("issuer", issuer.id());
        vc.put("validFrom", now.truncatedTo(ChronoUnit.SECONDS).toString());
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", url + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", StatusLists.encode(bits));
        vc.put("credentialSubject", subject);
        vc.put("iss", issuer.id());
        vc.put("jti", url);
        vc.put("nbf", now.getEpochSecond());
        return vc;
    }
}
