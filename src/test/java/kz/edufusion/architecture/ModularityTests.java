package kz.edufusion.architecture;

import kz.edufusion.EduFusionApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of architecture.md, verified: no cycles, no access to another module's internals. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(EduFusionApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation().writeIndividualModulesAsPlantUml();
    }
}
