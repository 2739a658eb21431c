package kz.edufusion.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;

/** House rules from architecture.md that the compiler does not check. */
class CodingRulesTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.edufusion");

    @Test
    void entitiesStayInsideTheirModule() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic()
                .because("other modules reach data through the module's facade, never its entities")
                .check(CLASSES);
    }

    @Test
    void repositoriesStayInsideTheirModule() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic()
                .because("a module's tables are its own").check(CLASSES);
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class)
                .because("constructor injection makes dependencies visible and classes testable").check(CLASSES);
    }

    @Test
    void controllersDoNotTouchRepositories() {
        noClasses().that().resideInAnyPackage("..web..", "..api..").should().dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .because("pages and endpoints go through services, where authorization and transactions live")
                .check(CLASSES);
    }
}
