package kz.edufusion.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Each module owns a PostgreSQL schema and a Flyway folder {@code db/migration/<module>} with its own
 * version line and history table, so modules evolve their tables independently. The platform folder
 * (sessions, job locks) migrates first, then the modules in name order; none refers to another's tables.
 */
@Component
class ModuleMigrations implements FlywayMigrationStrategy {

    private static final String ROOT = "db/migration/";

    @Override
    public void migrate(Flyway platform) {
        platform.migrate();
        for (String module : moduleFolders()) {
            Flyway.configure()
                    .dataSource(platform.getConfiguration().getDataSource())
                    .schemas(module)
                    .createSchemas(true)
                    .table("flyway_schema_history")
                    .locations("classpath:" + ROOT + module)
                    .load()
                    .migrate();
        }
    }

    static TreeSet<String> moduleFolders() {
        try {
            TreeSet<String> modules = new TreeSet<>();
            for (Resource script : new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "*/V*.sql")) {
                String url = script.getURL().toString();
                String folder = url.substring(url.lastIndexOf(ROOT) + ROOT.length(), url.lastIndexOf('/'));
                if (!"platform".equals(folder)) {
                    modules.add(folder);
                }
            }
            return modules;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list module migrations", e);
        }
    }
}
