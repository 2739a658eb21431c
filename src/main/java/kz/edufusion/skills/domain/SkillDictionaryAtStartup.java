package kz.edufusion.skills.domain;

import kz.edufusion.skills.SkillExtractionService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the extraction dictionary when the platform serves, right after {@link SkillsImportAtStartup}
 * ({@code @Order(5)}) brought the bundled files into the tables, and before readiness is reported, so no
 * request waits for it. Operator sub-commands skip it: those that extract build it on first use, after the
 * same import, and the others do not need it.
 */
@Component
@Order(6)
class SkillDictionaryAtStartup implements ApplicationRunner {

    private final SkillExtractionService extraction;
    private final ApplicationContext context;

    SkillDictionaryAtStartup(SkillExtractionService extraction, ApplicationContext context) {
        this.extraction = extraction;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (context instanceof WebServerApplicationContext) {
            extraction.warmUp();
        }
    }
}
