package kz.edufusion.tdss.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the frameworks shipped under {@code tdss/} at every start, each only when its code is not stored yet (so a
 * restart changes nothing and an administrator's later import is not overwritten), then the target profiles of
 * {@code tdss/targets.csv} for competences that have none.
 */
@Component
@Order(20)
class ShippedFrameworks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedFrameworks.class);
    private static final List<String> FILES = List.of("digcompedu", "edufusion-educator");
    private static final List<String> CODES = List.of("DIGCOMPEDU", "EDUFUSION");

    private final FrameworkCsv csv;
    private final Frameworks frameworks;

    ShippedFrameworks(FrameworkCsv csv, Frameworks frameworks) {
        this.csv = csv;
        this.frameworks = frameworks;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (int i = 0; i < FILES.size(); i++) {
            if (frameworks.exists(CODES.get(i))) {
                continue;
            }
            try (InputStream in = new ClassPathResource("tdss/" + FILES.get(i) + ".csv").getInputStream()) {
                ImportReport report = csv.importFrom(in);
                if (!report.rejected().isEmpty()) {
                    throw new IllegalStateException("shipped framework " + FILES.get(i) + " has rejected rows: " + report.rejected());
                }
                log.info("Loaded framework {} ({} items)", CODES.get(i), report.accepted());
            }
        }
        try (InputStream in = new ClassPathResource("tdss/targets.csv").getInputStream()) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                String[] f = line.split(",");
                if (f.length == 3 && !"framework".equals(f[0])) {
                    frameworks.setTarget(f[0].trim(), f[1].trim(), f[2].trim());
                }
            }
        }
    }
}
