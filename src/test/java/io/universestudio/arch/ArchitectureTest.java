package io.universestudio.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The wall between the headless world (core, cli) and the JavaFX application. */
@AnalyzeClasses(packages = "io.universestudio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreAndCliAreFreeOfJavaFx = noClasses()
            .that().resideInAnyPackage("io.universestudio.core..", "io.universestudio.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..",
                    "org.kordamp..", "io.universestudio.ui..");

    @ArchTest
    static final ArchRule coreDoesNotUseTheCli = noClasses()
            .that().resideInAPackage("io.universestudio.core..")
            .should().dependOnClassesThat().resideInAPackage("io.universestudio.cli..");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchScenesStagesOrThePlatform = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule nothingPrintsStackTraces = noClasses()
            .should().callMethod(Throwable.class, "printStackTrace");
}
