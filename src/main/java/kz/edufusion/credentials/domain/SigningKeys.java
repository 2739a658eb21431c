package kz.edufusion.credentials.domain;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.edufusion.identity.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issuer's ES256 keys. The first start makes one (under a PostgreSQL advisory lock, so two nodes starting at
 * once make one); rotation retires the active key and makes a new one, and every key ever used stays in the JWKS so
 * old credentials still verify. Private keys are kept in the database only sealed by {@link KeyEncryptionKey};
 * opened keys are cached in memory per kid.
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    static final JOSEObjectType VC_JWT = new JOSEObjectType("vc+jwt");
    private static final long LOCK = 0x6564756372656431L; // "educred1"

    private final JdbcClient jdbc;
    private final KeyEncryptionKey kek;
    private final AuditLog audit;
    private final Map<String, ECKey> opened = new ConcurrentHashMap<>();

    SigningKeys(JdbcClient jdbc, KeyEncryptionKey kek, AuditLog audit) {
        this.jdbc = jdbc;
        this.kek = kek;
        this.audit = audit;
    }

    public record KeyInfo(String kid, String status, Instant createdAt, Instant retiredAt) {
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void ensureActiveKey() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query().singleRow();
        if (activeKid().isEmpty()) {
            String kid = create();
            log.info("Generated the first credential signing key {}", kid);
        }
    }

    /** Retires the active key and makes a new one; returns the new kid. */
    @Transactional
    public String rotate() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query().singleRow();
        Optional<String> old = activeKid();
        jdbc.sql("UPDATE credentials.signing_key SET status = 'RETIRED', retired_at = now() WHERE status = 'ACTIVE'").update();
        String kid = create();
        audit.record("credentials.key.rotated", "signing-key", kid, "retired " + old.orElse("none"));
        return kid;
    }

    public List<KeyInfo> keys() {
        return jdbc.sql("SELECT kid, status, created_at, retired_at FROM credentials.signing_key ORDER BY created_at DESC")
                .query((rs, n) -> new KeyInfo(rs.getString("kid"), rs.getString("status"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("retired_at") == null ? null : rs.getTimestamp("retired_at").toInstant()))
                .list();
    }

    /** Every public key, active and retired, as a JWK Set (public members only). */
    public Map<String, Object> jwks() {
        return new JWKSet(publicKeys()).toJSONObject(true);
    }

    List<com.nimbusds.jose.jwk.JWK> publicKeys() {
        return jdbc.sql("SELECT public_jwk FROM credentials.signing_key ORDER BY created_at").query(String.class).list()
                .stream().map(SigningKeys::parsePublic).map(com.nimbusds.jose.jwk.JWK.class::cast).toList();
    }

    Optional<ECKey> publicKey(String kid) {
        return jdbc.sql("SELECT public_jwk FROM credentials.signing_key WHERE kid = ?").param(kid).query(String.class)
                .optional().map(SigningKeys::parsePublic);
    }

    /** Signs a JSON payload with the active key as a compact JWS with {@code typ vc+jwt} and the key's kid. */
    @Transactional(propagation = Propagation.REQUIRED)
    public Signed sign(String jsonPayload) {
        String kid = activeKid().orElseGet(() -> {
            ensureActiveKey();
            return activeKid().orElseThrow();
        });
        ECKey key = opened.computeIfAbsent(kid, this::open);
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).type(VC_JWT).build(),
                new Payload(jsonPayload));
        try {
            jws.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign with " + kid, e);
        }
        return new Signed(kid, jws.serialize());
    }

    public record Signed(String kid, String jwt) {
    }

    Optional<String> activeKid() {
        return jdbc.sql("SELECT kid FROM credentials.signing_key WHERE status = 'ACTIVE'").query(String.class).optional();
    }

    private String create() {
        String kid = "edufusion-" + LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
                + HexFormat.of().formatHex(random(4));
        ECKey key;
        try {
            key = new ECKeyGenerator(Curve.P_256).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate a P-256 key", e);
        }
        byte[] pkcs8;
        try {
            pkcs8 = key.toECPrivateKey().getEncoded();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        KeyEncryptionKey.Sealed sealed = kek.seal(pkcs8, kid);
        Arrays.fill(pkcs8, (byte) 0);
        jdbc.sql("INSERT INTO credentials.signing_key (kid, algorithm, public_jwk, private_key_sealed, private_key_iv, status) "
                        + "VALUES (?, 'ES256', ?, ?, ?, 'ACTIVE')")
                .params(kid, key.toPublicJWK().toJSONString(), sealed.ciphertext(), sealed.iv()).update();
        opened.put(kid, key);
        return kid;
    }

    private ECKey open(String kid) {
        var row = jdbc.sql("SELECT public_jwk, private_key_sealed, private_key_iv FROM credentials.signing_key WHERE kid = ?")
                .param(kid).query((rs, n) -> new Object[] {rs.getString(1), rs.getBytes(2), rs.getBytes(3)}).single();
        byte[] pkcs8 = kek.open(new KeyEncryptionKey.Sealed((byte[]) row[2], (byte[]) row[1]), kid);
        try {
            ECPrivateKey privateKey = (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return new ECKey.Builder(parsePublic((String) row[0])).privateKey(privateKey).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing key " + kid + " is not a valid EC private key", e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    private static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        new java.security.SecureRandom().nextBytes(b);
        return b;
    }

    private static ECKey parsePublic(String json) {
        try {
            return ECKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored public key is not a JWK", e);
        }
    }
}
