package kz.edufusion.alignment.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is benchmarked and tested alone: no Spring, JPA, JDBC or web in it; it reads only records of other modules. */
class GapEngineIsPlainJavaTest {

    @Test
    void engineDependsOnNoFramework() {
        noClasses().that().resideInAPackage("kz.edufusion.alignment.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "java.sql..", "javax.sql..", "jakarta.servlet..", "kz.edufusion.alignment.gap..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("kz.edufusion.alignment.engine"));
    }
}
