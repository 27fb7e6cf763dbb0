package org.leadline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers honest: the domain model and the logic know nothing of JavaFX or the views. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.leadline");
    }

    @Test
    void modelUsesNeitherJavaFxNorUiNorPersistence() {
        noClasses().that().resideInAPackage("org.leadline.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.leadline.ui..", "org.leadline.persistence..",
                        "org.leadline.logic..", "org.leadline.cli..", "org.jdbi..", "org.h2..")
                .check(classes);
    }

    @Test
    void logicUsesNeitherJavaFxNorUiNorCli() {
        noClasses().that().resideInAPackage("org.leadline.logic..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.leadline.ui..", "org.leadline.cli..", "picocli..")
                .check(classes);
    }

    @Test
    void persistenceKnowsNothingOfViewsOrCommands() {
        noClasses().that().resideInAPackage("org.leadline.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.leadline.ui..", "org.leadline.cli..")
                .check(classes);
    }

    @Test
    void commandLineDoesNotUseTheViews() {
        noClasses().that().resideInAPackage("org.leadline.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.leadline.ui..")
                .check(classes);
    }
}
