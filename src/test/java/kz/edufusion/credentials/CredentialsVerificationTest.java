package kz.edufusion.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.credentials.VerificationResult.CheckName;
import kz.edufusion.credentials.VerificationResult.Outcome;
import kz.edufusion.credentials.VerificationResult.Reason;
import kz.edufusion.credentials.domain.CredentialTestSupport;
import kz.edufusion.credentials.domain.SigningKeys;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issued credentials checked from the outside: verified by a second JOSE implementation (jose4j) against the JWKS
 * fetched over HTTP, validated against the Open Badges 3.0 JSON schema, and every way a credential can be bad
 * rejected by the platform's verifier with its own reason. Also: key rotation, the sealed private key, the status
 * list bit, idempotent issuing and refused requests.
 */
@IntegrationTest
class CredentialsVerificationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired Credentials credentials;
    @Autowired SigningKeys keys;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Value("${edufusion.credentials.key-encryption-key}") String keyEncryptionKey;
    @Value("${edufusion.public-url}") String publicUrl;
    @LocalServerPort int port;

    CurrentUser holder;

    @BeforeEach
    void holder() {
        holder = new TestPeople(jdbc, users).twin("student", "Айгерім Сейітқызы");
    }

    @Test
    void anIssuedCredentialVerifiesWithAnIndependentJoseLibraryAndMatchesTheOpenBadgesSchema() throws Exception {
        IssuedCredential issued = credentials.issue(CredentialFixtures.request(holder));

        JwtClaims claims = jose4j(get("/credentials/jwks.json")).processToClaims(issued.jwt());
        assertThat(claims.getIssuer()).isEqualTo(issuerId());
        assertThat(claims.getJwtId()).isEqualTo("urn:uuid:" + issued.id());
        assertThat(claims.getClaimValue("type")).isEqualTo(List.of("VerifiableCredential", "OpenBadgeCredential"));
        JWSHeader header = JWSObject.parse(issued.jwt()).getHeader();
        assertThat(header.getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(header.getKeyID()).isEqualTo(issued.kid());

        JsonNode payload = JSON.readTree(claims.toJson());
        assertThat(schemaErrors(payload)).isEmpty();
        assertThat(payload.at("/credentialSubject/achievement/alignment/0/targetUrl").asText()).isEqualTo(CredentialFixtures.ESCO_PYTHON);
        assertThat(payload.at("/credentialSubject/achievement/criteria/narrative").asText()).contains("240 hours");
        assertThat(payload.at("/credentialSubject/identifier/0/identityHash").asText()).isEqualTo("Айгерім Сейітқызы");
        assertThat(payload.at("/credentialStatus/type").asText()).isEqualTo("BitstringStatusListEntry");
        assertThat(payload.at("/issuer/id").asText()).isEqualTo(issuerId());

        // the schema is not a rubber stamp: a credential without its achievement is refused
        ((com.fasterxml.jackson.databind.node.ObjectNode) payload.get("credentialSubject")).remove("achievement");
        assertThat(schemaErrors(payload)).isNotEmpty();

        VerificationResult result = credentials.verify(issued.jwt());
        assertThat(result.valid()).isTrue();
        assertThat(result.checks()).extracting(VerificationResult.Check::outcome).containsOnly(Outcome.PASSED);
    }

    @Test
    void theIssuerProfileAndAchievementArePublishedAtTheirIds() throws Exception {
        IssuedCredential issued = credentials.issue(CredentialFixtures.request(holder));
        JsonNode profile = JSON.readTree(get("/credentials/issuer"));
        assertThat(profile.get("id").asText()).isEqualTo(issuerId());
        assertThat(profile.get("type").get(0).asText()).isEqualTo("Profile");
        String achievementId = JSON.readTree(claimsJson(issued.jwt())).at("/credentialSubject/achievement/id").asText();
        JsonNode achievement = JSON.readTree(get(URI.create(achievementId).getPath()));
        assertThat(achievement.get("name").asText()).isEqualTo("Software internship completed");
        assertThat(achievement.at("/alignment/1/targetName").asText()).isEqualTo("Teamwork");
        assertThat(get("/.well-known/jwks.json")).isEqualTo(get("/credentials/jwks.json"));
    }

    @Test
    void aTamperedCredentialIsRejectedAsBadSignature() throws Exception {
        IssuedCredential issued = credentials.issue(CredentialFixtures.request(holder));
        String[] parts = issued.jwt().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("Айгерім Сейітқызы", "Someone Else");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        assertRejected(tampered, CheckName.SIGNATURE, Reason.BAD_SIGNATURE);
        assertThatThrownBy(() -> jose4j(get("/credentials/jwks.json")).processToClaims(tampered)).isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void expiredAndNotYetValidCredentialsAreRejectedWithTheirReason() throws Exception {
        IssuedCredential future = credentials.issue(CredentialFixtures.request(holder, Instant.now().plus(2, ChronoUnit.DAYS), null));
        VerificationResult notYet = assertRejected(future.jwt(), CheckName.VALIDITY, Reason.NOT_YET_VALID);
        assertThat(notYet.checks()).filteredOn(c -> c.name() == CheckName.SIGNATURE).extracting(VerificationResult.Check::outcome)
                .containsExactly(Outcome.PASSED);

        // an expired credential cannot be requested (validUntil in the past is refused), so sign one with the real key
        IssuedCredential issued = credentials.issue(CredentialFixtures.request(holder));
        Map<String, Object> expired = new LinkedHashMap<>(CredentialTestSupport.payload(issued.jwt()));
        Instant from = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant until = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        expired.put("validFrom", from.toString());
        expired.put("validUntil", until.toString());
        expired.put("nbf", from.getEpochSecond());
        expired.put("exp", until.getEpochSecond());
        assertRejected(CredentialTestSupport.signWithPlatformKey(keys, expired), CheckName.VALIDITY, Reason.EXPIRED);
    }

    @Test
    void aCredentialSignedWithAForeignKeyIsRejected() throws Exception {
        IssuedCredential issued = credentials.issue(CredentialFixtures.request(holder));
        String payload = claimsJson(issued.jwt());
        ECKey foreign = new ECKeyGenerator(Curve.P_256).generate();

        // claiming the platform's kid: the signature does not match the published key
        assertRejected(sign(foreign, issued.kid(), payload), CheckName.SIGNATURE, Reason.BAD_SIGNATURE);
        // its own kid: the issuer never published it
        assertRejected(sign(foreign, "attacker-key", payload), CheckName.KEY, Reason.UNKNOWN_KEY);
        // another issuer altogether
        Map<String, Object> other = new LinkedHashMap<>(CredentialTestSupport.payload(issued.jwt()));
        other.put("iss", "https://diploma-mill.example/issuer");
        other.put("issuer", Map.of("id", "https://diploma-mill.example/issuer", "type", List.of("Profile"), "name", "Mill"));
        assertRejected(sign(foreign, "attacker-key", JSON.writeValueAsString(other)), CheckName.ISSUER, Reason.UNKNOWN_ISSUER);
        // HMAC with the public key as secret (algorithm confusion) and plain garbage
        String hs256 = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(issued.kid()).build(), new Payload(payload))
                .getHeader().toBase64URL() + "." + new Payload(payload).toBase64URL() + ".c2ln";
        assertRejected(hs256, CheckName.SIGNATURE, Reason.UNSUPPORTED_ALGORITHM);
        assertRejected("not-a-credential", CheckName.FORMAT, Reason.MALFORMED);
        assertRejected(Base64.getUrlEncoder().encodeToString("{}".getBytes()) + ".e30.c2ln", CheckName.FORMAT, Reason.MALFORMED);
    }

    @Test
    void revokingSetsTheStatusListBitThatAnyVerifierReads() throws Exception {
        IssuedCredential issued = credentials.issue(CredentialFixtures.request(holder));
        JsonNode status = JSON.readTree(claimsJson(issued.jwt())).get("credentialStatus");
        String listPath = URI.create(status.get("statusListCredential").asText()).getPath();
        int index = Integer.parseInt(status.get("statusListIndex").asText());
        assertThat(statusBit(listPath, index)).isFalse();

        credentials.revoke(issued.id(), "Issued to the wrong person");

        assertThat(statusBit(listPath, index)).isTrue();
        assertRejected(issued.jwt(), CheckName.STATUS, Reason.REVOKED);
        assertThat(credentials.find(issued.id()).orElseThrow().revokedReason()).isEqualTo("Issued to the wrong person");
        assertThatThrownBy(() -> credentials.revoke(issued.id(), "again")).isInstanceOf(DomainProblem.class)
                .hasMessage("credentials.problem.alreadyRevoked");
        assertThat(jdbc.sql("SELECT count(*) FROM identity.audit_event WHERE action = 'credentials.revoked' AND object_id = ?")
                .param(issued.id().toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void rotationKeepsOldCredentialsVerifiable() throws Exception {
        IssuedCredential before = credentials.issue(CredentialFixtures.request(holder));
        String newKid = keys.rotate();
        IssuedCredential after = credentials.issue(CredentialFixtures.request(holder));

        assertThat(after.kid()).isEqualTo(newKid).isNotEqualTo(before.kid());
        assertThat(keys.keys()).filteredOn(k -> k.kid().equals(before.kid())).extracting(SigningKeys.KeyInfo::status)
                .containsExactly("RETIRED");
        String jwks = get("/credentials/jwks.json");
        assertThat(jwks).contains(before.kid(), newKid).doesNotContain("\"d\"");
        assertThat(credentials.verify(before.jwt()).valid()).isTrue();
        assertThat(credentials.verify(after.jwt()).valid()).isTrue();
        jose4j(jwks).processToClaims(before.jwt());
        jose4j(jwks).processToClaims(after.jwt());
    }

    @Test
    void thePrivateKeyIsStoredOnlySealedUnderTheKeyEncryptionKey() throws Exception {
        IssuedCredential issued = credentials.issue(CredentialFixtures.request(holder));
        Map<String, Object> row = jdbc.sql("SELECT public_jwk, private_key_sealed, private_key_iv FROM credentials.signing_key WHERE kid = ?")
                .param(issued.kid()).query().singleRow();
        byte[] sealed = (byte[]) row.get("private_key_sealed");
        ECKey publicJwk = ECKey.parse((String) row.get("public_jwk"));
        assertThat(publicJwk.isPrivate()).isFalse();
        // the stored bytes are no private key ...
        assertThatThrownBy(() -> KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(sealed)))
                .isInstanceOf(java.security.spec.InvalidKeySpecException.class);
        // ... but open with the key-encryption key (and the kid as authenticated data) into the key of the public JWK
        byte[] kek = Base64.getDecoder().decode(keyEncryptionKey);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, (byte[]) row.get("private_key_iv")));
        cipher.updateAAD(issued.kid().getBytes(StandardCharsets.UTF_8));
        ECPrivateKey opened = (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(cipher.doFinal(sealed)));
        ECKey pair = new ECKey.Builder(publicJwk).privateKey(opened).build();
        JWSObject probe = new JWSObject(new JWSHeader(JWSAlgorithm.ES256), new Payload("probe"));
        probe.sign(new ECDSASigner(pair));
        assertThat(probe.verify(new com.nimbusds.jose.crypto.ECDSAVerifier(publicJwk))).isTrue();
    }

    @Test
    void issuingIsIdempotentPerSourceAndRefusesBadRequests() {
        CredentialRequest request = CredentialFixtures.request(holder);
        IssuedCredential first = credentials.issue(request);
        assertThat(credentials.issue(request).id()).isEqualTo(first.id());
        assertThat(credentials.findBySource("tests", request.sourceReference())).map(IssuedCredential::id).contains(first.id());
        assertThat(credentials.ofHolder(holder.personId())).extracting(IssuedCredential::id).containsExactly(first.id());

        AchievementDefinition noCriteria = new AchievementDefinition("tests.bad", "Certificate", "Name", "Description", " ",
                List.of(new Alignment("Skill", "javascript:alert(1)", "ESCO", null)));
        assertThatThrownBy(() -> credentials.issue(new CredentialRequest(holder.personId(), "Name", noCriteria, null,
                Instant.now().minusSeconds(60), "tests", "bad-" + java.util.UUID.randomUUID())))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.fieldProblems()).extracting(DomainProblem.FieldProblem::field)
                        .containsExactlyInAnyOrder("achievement.criteriaNarrative", "achievement.alignments[0].targetUrl", "validUntil"));
        assertThatThrownBy(() -> credentials.issue(new CredentialRequest(java.util.UUID.randomUUID(), "Nobody",
                CredentialFixtures.internship(), null, null, "tests", "nobody-" + java.util.UUID.randomUUID())))
                .isInstanceOf(DomainProblem.class).hasMessage("credentials.problem.unknownHolder");
    }

    private VerificationResult assertRejected(String jwt, CheckName check, Reason reason) {
        VerificationResult result = credentials.verify(jwt);
        assertThat(result.valid()).as("valid").isFalse();
        assertThat(result.failure()).as("first failure").hasValueSatisfying(f -> {
            assertThat(f.name()).isEqualTo(check);
            assertThat(f.reason()).isEqualTo(reason);
        });
        return result;
    }

    private String issuerId() {
        return (publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl) + "/credentials/issuer";
    }

    private JwtConsumer jose4j(String jwksJson) throws Exception {
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwksJson).getJsonWebKeys()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                .setExpectedIssuer(issuerId())
                .setExpectedType(true, "vc+jwt")
                .setRequireNotBefore()
                .setRequireJwtId()
                .setSkipDefaultAudienceValidation()
                .build();
    }

    private boolean statusBit(String listPath, int index) throws Exception {
        JwtClaims list = jose4j(get("/credentials/jwks.json")).processToClaims(get(listPath));
        assertThat(list.getClaimValue("type")).isEqualTo(List.of("VerifiableCredential", "BitstringStatusListCredential"));
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) list.getClaimValue("credentialSubject");
        assertThat(subject.get("statusPurpose")).isEqualTo("revocation");
        String encoded = (String) subject.get("encodedList");
        assertThat(encoded).startsWith("u");
        byte[] bits;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            bits = in.readAllBytes();
        }
        assertThat(bits.length * 8).isGreaterThanOrEqualTo(131_072);
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    private static List<Error> schemaErrors(JsonNode payload) throws Exception {
        try (InputStream in = CredentialsVerificationTest.class.getResourceAsStream("/credentials/ob_v3p0_achievementcredential_schema.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(in);
            return schema.validate(payload);
        }
    }

    private static String claimsJson(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static String sign(ECKey key, String kid, String payload) throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).type(new JOSEObjectType("vc+jwt")).build(),
                new Payload(payload));
        jws.sign(new ECDSASigner(key));
        return jws.serialize();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return response.body();
    }
}
