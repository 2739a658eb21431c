package kz.edufusion.credentials.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The AES-256 key that seals the signing keys' private halves (AES-GCM, a fresh 96-bit IV per seal, the kid as
 * additional authenticated data). It comes from {@code edufusion.credentials.key-encryption-key}. Only the demo and
 * dev profiles, when none is configured, generate one into {@code <data dir>/credentials/key-encryption-key} (owner
 * read/write only) on first start and warn; any other profile refuses to start without it, so production never runs
 * on a key that sits next to the database by accident.
 */
@Component
class KeyEncryptionKey {

    private static final Logger log = LoggerFactory.getLogger(KeyEncryptionKey.class);
    private static final int TAG_BITS = 128;
    static final int IV_BYTES = 12;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    KeyEncryptionKey(CredentialsProperties properties, Environment environment) {
        this.key = new SecretKeySpec(load(properties, environment), "AES");
    }

    record Sealed(byte[] iv, byte[] ciphertext) {
    }

    Sealed seal(byte[] plaintext, String kid) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return new Sealed(iv, cipher.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal a signing key", e);
        }
    }

    /** Fails (AEADBadTagException inside) when the ciphertext, the kid or the key-encryption key is not the one sealed with. */
    byte[] open(Sealed sealed, String kid) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.iv()));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed.ciphertext());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing key " + kid + " cannot be opened with the configured "
                    + "edufusion.credentials.key-encryption-key (was it changed?)", e);
        }
    }

    private static byte[] load(CredentialsProperties properties, Environment environment) {
        String configured = properties.keyEncryptionKey();
        if (configured != null && !configured.isBlank()) {
            return decode(configured.strip(), "edufusion.credentials.key-encryption-key");
        }
        if (!environment.acceptsProfiles(Profiles.of("demo", "dev"))) {
            throw new IllegalStateException("edufusion.credentials.key-encryption-key is not set: give it the base64 of 32 "
                    + "random bytes (e.g. `openssl rand -base64 32`) through EDUFUSION_CREDENTIALS_KEY_ENCRYPTION_KEY");
        }
        Path file = Path.of(properties.dataDirectory()).resolve("credentials").resolve("key-encryption-key");
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file).strip(), file.toString());
            }
            Files.createDirectories(file.getParent());
            byte[] generated = new byte[32];
            new SecureRandom().nextBytes(generated);
            Files.writeString(file, Base64.getEncoder().encodeToString(generated) + "\n", StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            restrict(file);
            log.warn("No edufusion.credentials.key-encryption-key configured: generated one into {} for this demo/dev "
                    + "installation. Set EDUFUSION_CREDENTIALS_KEY_ENCRYPTION_KEY in production.", file.toAbsolutePath());
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or create the key-encryption key " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            log.debug("{} is on a file system without POSIX permissions", file);
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64", e);
        }
        if (bytes.length != 32) {
            Arrays.fill(bytes, (byte) 0);
            throw new IllegalStateException(source + " must be 32 bytes (AES-256), it is " + bytes.length);
        }
        return bytes;
    }
}
