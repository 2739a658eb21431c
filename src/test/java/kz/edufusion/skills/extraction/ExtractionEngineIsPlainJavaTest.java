package kz.edufusion.skills.extraction;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is plain Java so that it can be benchmarked and tested alone, and reused outside Spring. */
class ExtractionEngineIsPlainJavaTest {

    @Test
    void dependsOnNeitherSpringNorPersistenceNorServlets() {
        // the engine and the shared helpers it uses, the CSV reader and the primitive map, plain Java too
        JavaClasses engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.edufusion.skills.extraction", "kz.edufusion.common.csv", "kz.edufusion.common.collections");
        // package-info only carries Spring Modulith's named-interface marker, read at build time, never run
        noClasses().that().doNotHaveSimpleName("package-info").should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                "jakarta.servlet..", "javax.persistence..", "javax.servlet..", "org.hibernate..")
                .because("the extraction engine is plain Java, fed by the module's service")
                .check(engine);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().resideInAPackage("kz.edufusion.skills.extraction..")
                .and().doNotHaveSimpleName("package-info")
                .should().onlyDependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage("kz.edufusion..")
                        .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                                "kz.edufusion.skills.extraction..", "kz.edufusion.common.csv..", "kz.edufusion.common.collections..")))
                .because("of the platform the engine uses only the CSV reader and the primitive map")
                .check(engine);
    }
}
