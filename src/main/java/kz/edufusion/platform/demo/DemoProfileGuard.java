package kz.edufusion.platform.demo;

import kz.edufusion.platform.database.DatabaseProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo data must never be written into somebody's real database by a forgotten profile switch: with an
 * external database the demo profile stops the start unless {@code edufusion.demo.allow-external-database=true}.
 */
@Component
@Profile("demo")
public class DemoProfileGuard {

    DemoProfileGuard(DatabaseProperties database, @Value("${edufusion.demo.allow-external-database:false}") boolean allowed) {
        if (database.external() && !allowed) {
            throw new IllegalStateException("The demo profile refuses to write demo data into the external database "
                    + database.url() + ". Start without the demo profile, or set EDUFUSION_DEMO_ALLOW_EXTERNAL_DATABASE=true "
                    + "if this database is meant for a demo.");
        }
    }
}
