package kz.edufusion.credentials.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Where the key-encryption key comes from, and what sealing with it guarantees. */
class KeyEncryptionKeyTest {

    @TempDir
    Path data;

    @Test
    void demoAndDevGenerateOneIntoTheDataDirectoryOnceAndKeepIt() throws Exception {
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        KeyEncryptionKey first = new KeyEncryptionKey(new CredentialsProperties(null, data.toString(), null), demo);
        Path file = data.resolve("credentials/key-encryption-key");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        KeyEncryptionKey.Sealed sealed = first.seal("secret".getBytes(StandardCharsets.UTF_8), "kid-1");
        MockEnvironment dev = new MockEnvironment();
        dev.setActiveProfiles("dev");
        KeyEncryptionKey again = new KeyEncryptionKey(new CredentialsProperties("", data.toString(), null), dev);
        assertThat(new String(again.open(sealed, "kid-1"), StandardCharsets.UTF_8)).isEqualTo("secret");
    }

    @Test
    void otherProfilesRefuseToStartWithoutAConfiguredKey() {
        assertThatThrownBy(() -> new KeyEncryptionKey(new CredentialsProperties(null, data.toString(), null), new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("EDUFUSION_CREDENTIALS_KEY_ENCRYPTION_KEY");
        assertThat(data.resolve("credentials")).doesNotExist();
        assertThatThrownBy(() -> new KeyEncryptionKey(new CredentialsProperties(
                Base64.getEncoder().encodeToString(new byte[16]), data.toString(), null), new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }

    @Test
    void aSealOpensOnlyWithTheSameKeyAndKid() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        KeyEncryptionKey kek = new KeyEncryptionKey(new CredentialsProperties(key, data.toString(), null), new MockEnvironment());
        KeyEncryptionKey.Sealed sealed = kek.seal("private".getBytes(StandardCharsets.UTF_8), "kid-a");
        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("private");
        assertThatThrownBy(() -> kek.open(sealed, "kid-b")).isInstanceOf(IllegalStateException.class);
        byte[] other = new byte[32];
        other[0] = 1;
        KeyEncryptionKey otherKek = new KeyEncryptionKey(new CredentialsProperties(Base64.getEncoder().encodeToString(other),
                data.toString(), null), new MockEnvironment());
        assertThatThrownBy(() -> otherKek.open(sealed, "kid-a")).isInstanceOf(IllegalStateException.class);
    }
}
