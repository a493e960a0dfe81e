package org.samling.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The contexts of the ejb module (org.samling.{context}..) depend on each other in one direction
 * only: no cycle, however long. A cross-context effect goes through a CDI event or a narrow
 * interface owned by the caller; this test reads the compiled classes and names any cycle.
 */
class ContextsTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.samling");

    @Test
    void noContextDependsOnItselfThroughAnother() {
        slices().matching("org.samling.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
