package kz.edufusion.support;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Every application the tests start gets a key-encryption key for the credentials' signing keys, random per test
 * JVM (never a constant in the repository), as production gets one from its environment; without it a context
 * outside the demo profile refuses to start. The generation into the data directory is tested on its own.
 */
public class TestKeyEncryptionKey implements EnvironmentPostProcessor {

    static final String KEY;

    static {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        KEY = Base64.getEncoder().encodeToString(key);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addFirst(new MapPropertySource("testKeyEncryptionKey",
                Map.of("edufusion.credentials.key-encryption-key", KEY)));
    }
}
