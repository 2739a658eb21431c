package kz.edufusion.notifications.domain;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import kz.edufusion.platform.database.EmbeddedPostgresServer;
import kz.edufusion.support.SharedTestDatabase;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A database of its own on the shared test PostgreSQL, holding only the notifications schema. The
 * dispatcher tests send every due message, so they must not see (and send) mail queued by other tests.
 */
final class OutboxTestDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;

    private OutboxTestDatabase(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    static OutboxTestDatabase create() {
        EmbeddedPostgresServer server = SharedTestDatabase.server();
        String name = "outbox_" + UUID.randomUUID().toString().replace("-", "");
        HikariConfig admin = config(server.jdbcUrl(), server.user());
        try (HikariDataSource postgres = new HikariDataSource(admin);
                Connection connection = postgres.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        HikariDataSource dataSource = new HikariDataSource(config(server.jdbcUrl().replace("/postgres", "/" + name), server.user()));
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("notifications")
                .createSchemas(true)
                .table("flyway_schema_history")
                .locations("classpath:db/migration/notifications")
                .load()
                .migrate();
        return new OutboxTestDatabase(dataSource);
    }

    private static HikariConfig config(String url, String user) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setMaximumPoolSize(6);
        return config;
    }

    DataSource dataSource() {
        return dataSource;
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    OutboxRepository repository() {
        return new OutboxRepository(jdbc());
    }

    OutboxDispatcher dispatcher(NotificationsProperties properties) {
        return new OutboxDispatcher(repository(), new DataSourceTransactionManager(dataSource), properties);
    }

    UUID queue(String recipient, String subject, String body) {
        UUID id = UUID.randomUUID();
        repository().insert(id, recipient, subject, body);
        return id;
    }

    /** Pretends the back-off has elapsed, so the next dispatch tries the message again. */
    void makeDue(UUID id) {
        jdbc().sql("UPDATE notifications.outbox_message SET next_attempt_at = now() WHERE id = :id").param("id", id).update();
    }

    /** Seconds from now until the message's next attempt. */
    double secondsUntilNextAttempt(UUID id) {
        return jdbc().sql("SELECT extract(epoch FROM next_attempt_at - now()) FROM notifications.outbox_message WHERE id = :id")
                .param("id", id).query(Double.class).single();
    }

    List<String> statuses() {
        return jdbc().sql("SELECT status FROM notifications.outbox_message").query(String.class).list();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
