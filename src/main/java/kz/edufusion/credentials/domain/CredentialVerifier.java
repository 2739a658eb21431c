package kz.edufusion.credentials.domain;

import static kz.edufusion.credentials.VerificationResult.Check.failed;
import static kz.edufusion.credentials.VerificationResult.Check.notChecked;
import static kz.edufusion.credentials.VerificationResult.Check.passed;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.edufusion.credentials.VerificationResult;
import kz.edufusion.credentials.VerificationResult.Check;
import kz.edufusion.credentials.VerificationResult.CheckName;
import kz.edufusion.credentials.VerificationResult.Reason;
import org.springframework.stereotype.Component;

/**
 * Verifies a VC-JWT as any verifier would, from the token alone plus the issuer's public material: the format (a
 * compact JWS whose payload is a VerifiableCredential/OpenBadgeCredential), the issuer (this platform's Profile id,
 * the only issuer this verifier trusts; it fetches nothing from other hosts), the key (the header's kid in the
 * issuer's JWKS, retired keys included), the ES256 signature, the validity period (validFrom/validUntil) and the
 * status (the credential's bit in its Bitstring Status List). A failed format, issuer, key or signature check stops
 * there (nothing in an untrusted payload is worth reporting); dates and status are both reported.
 */
@Component
class CredentialVerifier {

    static final int MAX_LENGTH = 64 * 1024;

    private final IssuerProfile issuer;
    private final SigningKeys keys;
    private final StatusLists statusLists;

    CredentialVerifier(IssuerProfile issuer, SigningKeys keys, StatusLists statusLists) {
        this.issuer = issuer;
        this.keys = keys;
        this.statusLists = statusLists;
    }

    VerificationResult verify(String input) {
        return verify(input, Instant.now());
    }

    VerificationResult verify(String input, Instant now) {
        List<Check> checks = new ArrayList<>();
        String token = input == null ? "" : input.strip();
        JWSObject jws;
        Map<String, Object> payload;
        try {
            if (token.isEmpty() || token.length() > MAX_LENGTH) {
                throw new ParseException("empty or too long", 0);
            }
            jws = JWSObject.parse(token);
            payload = Jwts.object(jws.getPayload().toString()).orElseThrow(() -> new ParseException("payload is not a JSON object", 0));
            if (!isOpenBadge(payload)) {
                throw new ParseException("not an OpenBadgeCredential", 0);
            }
        } catch (ParseException | IllegalArgumentException e) {
            return stop(checks, failed(CheckName.FORMAT, Reason.MALFORMED), CheckName.FORMAT, null, Map.of());
        }
        String credentialId = payload.get("id") instanceof String id ? id : null;
        Instant validFrom;
        Instant validUntil;
        try {
            validFrom = Instant.parse((String) payload.get("validFrom"));
            validUntil = payload.get("validUntil") == null ? null : Instant.parse((String) payload.get("validUntil"));
        } catch (ClassCastException | NullPointerException | DateTimeParseException e) {
            return stop(checks, failed(CheckName.FORMAT, Reason.MALFORMED), CheckName.FORMAT, credentialId, payload);
        }
        checks.add(passed(CheckName.FORMAT));

        String issuerId = issuerId(payload);
        Object iss = payload.get("iss");
        if (!issuer.id().equals(issuerId) || iss != null && !issuer.id().equals(iss)) {
            return stop(checks, failed(CheckName.ISSUER, Reason.UNKNOWN_ISSUER, String.valueOf(issuerId)), CheckName.ISSUER,
                    credentialId, payload);
        }
        checks.add(passed(CheckName.ISSUER, issuer.name()));

        String kid = jws.getHeader().getKeyID();
        Optional<ECKey> key = kid == null ? Optional.empty() : keys.publicKey(kid);
        if (key.isEmpty()) {
            return stop(checks, failed(CheckName.KEY, Reason.UNKNOWN_KEY, String.valueOf(kid)), CheckName.KEY, credentialId, payload);
        }
        checks.add(passed(CheckName.KEY, kid));

        if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
            return stop(checks, failed(CheckName.SIGNATURE, Reason.UNSUPPORTED_ALGORITHM, jws.getHeader().getAlgorithm().getName()),
                    CheckName.SIGNATURE, credentialId, payload);
        }
        boolean signatureValid;
        try {
            signatureValid = jws.verify(new ECDSAVerifier(key.get()));
        } catch (JOSEException e) {
            signatureValid = false;
        }
        if (!signatureValid) {
            return stop(checks, failed(CheckName.SIGNATURE, Reason.BAD_SIGNATURE), CheckName.SIGNATURE, credentialId, payload);
        }
        checks.add(passed(CheckName.SIGNATURE));

        if (now.isBefore(validFrom)) {
            checks.add(failed(CheckName.VALIDITY, Reason.NOT_YET_VALID, validFrom.toString()));
        } else if (validUntil != null && !now.isBefore(validUntil)) {
            checks.add(failed(CheckName.VALIDITY, Reason.EXPIRED, validUntil.toString()));
        } else {
            checks.add(passed(CheckName.VALIDITY));
        }

        checks.add(status(payload));
        boolean valid = checks.stream().allMatch(c -> c.outcome() == VerificationResult.Outcome.PASSED);
        return new VerificationResult(valid, credentialId, checks, payload);
    }

    private Check status(Map<String, Object> payload) {
        if (!(payload.get("credentialStatus") instanceof Map<?, ?> status)
                || !"BitstringStatusListEntry".equals(status.get("type"))
                || !"revocation".equals(status.get("statusPurpose"))
                || !(status.get("statusListCredential") instanceof String list)
                || !(status.get("statusListIndex") instanceof String index)) {
            return failed(CheckName.STATUS, Reason.MALFORMED);
        }
        String prefix = issuer.statusListUrl(0);
        prefix = prefix.substring(0, prefix.length() - 1);
        try {
            if (!list.startsWith(prefix)) {
                return failed(CheckName.STATUS, Reason.MALFORMED);
            }
            StatusLists.Entry entry = new StatusLists.Entry(Integer.parseInt(list.substring(prefix.length())), Integer.parseInt(index));
            Optional<byte[]> bits = statusLists.bits(entry.listId());
            if (bits.isEmpty() || entry.index() < 0 || entry.index() >= bits.get().length * 8) {
                return failed(CheckName.STATUS, Reason.MALFORMED);
            }
            return StatusLists.bit(bits.get(), entry.index()) ? failed(CheckName.STATUS, Reason.REVOKED) : passed(CheckName.STATUS);
        } catch (NumberFormatException e) {
            return failed(CheckName.STATUS, Reason.MALFORMED);
        }
    }

    private static String issuerId(Map<String, Object> payload) {
        Object issuer = payload.get("issuer");
        if (issuer instanceof String id) {
            return id;
        }
        return issuer instanceof Map<?, ?> profile && profile.get("id") instanceof String id ? id : null;
    }

    private static boolean isOpenBadge(Map<String, Object> payload) {
        return payload.get("type") instanceof List<?> types && types.contains("VerifiableCredential")
                && (types.contains("OpenBadgeCredential") || types.contains("AchievementCredential"))
                && payload.get("credentialSubject") instanceof Map<?, ?>;
    }

    private static VerificationResult stop(List<Check> checks, Check failure, CheckName at, String credentialId,
            Map<String, Object> payload) {
        checks.add(failure);
        for (CheckName later : CheckName.values()) {
            if (later.ordinal() > at.ordinal()) {
                checks.add(notChecked(later));
            }
        }
        return new VerificationResult(false, credentialId, checks, payload);
    }
}
