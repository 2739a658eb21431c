package kz.edufusion.platform.database;

import java.io.IOException;

/** The embedded server when the platform runs one, so that it stops with the application context. */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgresServer server;

    private EmbeddedDatabase(EmbeddedPostgresServer server) {
        this.server = server;
    }

    static EmbeddedDatabase none() {
        return new EmbeddedDatabase(null);
    }

    static EmbeddedDatabase of(EmbeddedPostgresServer server) {
        return new EmbeddedDatabase(server);
    }

    public boolean running() {
        return server != null;
    }

    public EmbeddedPostgresServer server() {
        if (server == null) {
            throw new IllegalStateException("No embedded PostgreSQL: an external database is configured");
        }
        return server;
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
        }
    }
}
