package kz.edufusion.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the system of record lives. With no {@code url} (env {@code EDUFUSION_DB_URL}) the platform
 * starts an embedded PostgreSQL whose data survives restarts in {@code embeddedDirectory}.
 */
@ConfigurationProperties("edufusion.db")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        @DefaultValue("./data/postgres") String embeddedDirectory,
        @DefaultValue("15432") int embeddedPort,
        @DefaultValue("10") int maxPoolSize,
        @DefaultValue("30s") java.time.Duration connectionTimeout) {

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
