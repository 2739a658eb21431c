package kz.edufusion.credentials.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code edufusion.credentials.*}: the key-encryption key (base64 of 32 random bytes, from the environment:
 * {@code EDUFUSION_CREDENTIALS_KEY_ENCRYPTION_KEY}), the directory where the demo and dev profiles keep a generated
 * one when none is configured, and the issuer's name in credentials.
 */
@ConfigurationProperties("edufusion.credentials")
public record CredentialsProperties(String keyEncryptionKey, String dataDirectory, String issuerName) {
}
