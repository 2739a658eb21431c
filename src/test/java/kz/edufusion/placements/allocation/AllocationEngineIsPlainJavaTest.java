package kz.edufusion.placements.allocation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine runs in the round service, the standalone {@code allocate} command and JMH alike: plain Java only. */
class AllocationEngineIsPlainJavaTest {

    static final JavaClasses ENGINE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.edufusion.placements.allocation", "kz.edufusion.placements.cli");

    @Test
    void dependsOnNeitherSpringNorPersistenceNorServlets() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                "jakarta.servlet..", "javax.persistence..", "org.hibernate..")
                .because("the allocation engine and its command run without an application context").check(ENGINE);
    }

    @Test
    void theEngineItselfDoesNotEvenNeedJackson() {
        classes().that().resideInAPackage("kz.edufusion.placements.allocation")
                .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java..", "kz.edufusion.placements.allocation"))
                .because("JSON is the file format's concern (allocation.json), not the engine's").check(ENGINE);
    }
}
