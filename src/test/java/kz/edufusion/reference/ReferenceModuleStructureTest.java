package kz.edufusion.reference;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edufusion.EduFusionApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The reference module keeps to its declared boundary: it uses only common and hides its internals.
 * (The whole application's verify() belongs to the platform's modularity test.)
 */
class ReferenceModuleStructureTest {

    @Test
    void dependsOnlyOnCommon() {
        ApplicationModules modules = ApplicationModules.of(EduFusionApplication.class);
        ApplicationModule reference = modules.getModuleByName("reference").orElseThrow();

        reference.verifyDependencies(modules);
        assertThat(reference.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName))
                .containsOnly("common");
    }
}
