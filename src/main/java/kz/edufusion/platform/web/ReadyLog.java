package kz.edufusion.platform.web;

import kz.edufusion.platform.database.DatabaseProperties;
import kz.edufusion.platform.database.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the operator, once everything has started, where the platform answers and which database it uses. */
@Component
class ReadyLog {

    private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);

    private final DatabaseProperties database;
    private final EmbeddedDatabase embedded;

    ReadyLog(DatabaseProperties database, EmbeddedDatabase embedded) {
        this.database = database;
        this.embedded = embedded;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        String where = embedded.running()
                ? "embedded PostgreSQL " + embedded.server().jdbcUrl() + " (data in " + database.embeddedDirectory() + ")"
                : "external PostgreSQL " + database.url();
        log.info("EduFusion is ready at http://localhost:{}/ - database: {}", web.getWebServer().getPort(), where);
    }
}
