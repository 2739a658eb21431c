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

    public static synchronized EmbeddedPostgresServer server() {
        if (server == null) {
            try {
                Path directory = Files.createTempDirectory("edufusion-test-pg");
                server = EmbeddedPostgresServer.start(directory.resolve("data"), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgresServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temp directory is left for the OS to clean
                }
            }));
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
                "edufusion.demo.allow-external-database=true",
                "edufusion.jobs.enabled=false").applyTo(context);
    }
}
