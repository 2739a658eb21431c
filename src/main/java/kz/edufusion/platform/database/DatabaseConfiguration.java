package kz.edufusion.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One DataSource for the whole platform: the external PostgreSQL when {@code EDUFUSION_DB_URL} is set,
 * otherwise the embedded one. Spring Boot's own DataSource auto-configuration backs off because of it.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
        if (properties.external()) {
            return EmbeddedDatabase.none();
        }
        return EmbeddedDatabase.of(EmbeddedPostgresServer.start(Path.of(properties.embeddedDirectory()),
                properties.embeddedPort()));
    }

    @Bean
    DataSource dataSource(DatabaseProperties properties, EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("edufusion");
        config.setMaximumPoolSize(properties.maxPoolSize());
        config.setConnectionTimeout(properties.connectionTimeout().toMillis());
        if (properties.external()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
            log.info("Using external PostgreSQL at {}", properties.url());
        } else {
            EmbeddedPostgresServer server = embedded.server();
            config.setJdbcUrl(server.jdbcUrl());
            config.setUsername(server.user());
        }
        return new HikariDataSource(config);
    }
}
