package io.universestudio.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;
import java.util.Set;
import java.util.Timer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiPredicate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * What docs/architecture.md promises, as tests: the wall between the headless world (core, cli) and the
 * JavaFX application, and inside the application one composition root, one place for threads and one
 * place for windows.
 */
@AnalyzeClasses(packages = "io.universestudio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String UI = "io.universestudio.ui";
    private static final String APP_CONTEXT = UI + ".app.AppContext";
    private static final String WORKERS = UI + ".app.Workers";
    private static final String WINDOW_SERVICE = UI + ".common.WindowService";
    private static final String DIALOG_SERVICE = UI + ".common.DialogService";

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

    /**
     * A view is a class of the application that touches the scene graph or a window (javafx.scene or
     * javafx.stage). The composition root (ui.app) builds windows and services both, so it is not one.
     */
    private static final DescribedPredicate<JavaClass> VIEWS = DescribedPredicate.describe(
            "views (classes in ui outside ui.app that use javafx.scene or javafx.stage)",
            c -> c.getPackageName().startsWith(UI) && !c.getPackageName().startsWith(UI + ".app")
                    && c.getDirectDependenciesFromSelf().stream().map(d -> d.getTargetClass().getPackageName())
                    .anyMatch(p -> p.startsWith("javafx.scene") || p.startsWith("javafx.stage")));

    @ArchTest
    static final ArchRule viewsNeverCallTheDiskOrPublishingDirectly = noClasses()
            .that(VIEWS)
            .should().dependOnClassesThat().resideInAnyPackage("io.universestudio.core.io..",
                    "io.universestudio.core.publish..");

    /** Only the command line talks to the console; Main hands the command-line path to it. */
    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses()
            .that().resideOutsideOfPackage("io.universestudio.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err");

    /**
     * Where threads may be made. In the application only {@code Workers} (with its thread factory
     * {@code NamedThreads}). In core, the components that own a named pool of their own and close it:
     * the repository server ({@code repo-server-*}), the image fetcher ({@code image-fetch-*}), the settings
     * store ({@code settings-save}) and the secret tool runner ({@code secret-tool-out/err}); in the CLI the
     * server's shutdown hook. Adding one to this list is a decision, not an accident.
     */
    private static final Set<String> THREAD_OWNERS = Set.of(
            WORKERS,
            UI + ".common.NamedThreads",
            "io.universestudio.core.serve.RepositoryServer",
            "io.universestudio.core.resource.ImageFetcher",
            "io.universestudio.core.settings.SettingsStore",
            "io.universestudio.core.secrets.ToolRunner",
            "io.universestudio.cli.ServeCommand");

    private static DescribedPredicate<JavaClass> ownedBy(Set<String> names) {
        return DescribedPredicate.describe("one of " + names,
                c -> names.contains(c.getName()) || names.stream().anyMatch(n -> c.getName().startsWith(n + "$")));
    }

    private static DescribedPredicate<JavaAccess<?>> target(String description, BiPredicate<JavaClass, AccessTarget> test) {
        return DescribedPredicate.describe(description, a -> test.test(a.getTargetOwner(), a.getTarget()));
    }

    private static boolean isConstructor(AccessTarget t) {
        return t.getName().equals(JavaConstructor.CONSTRUCTOR_NAME);
    }

    private static final DescribedPredicate<JavaAccess<?>> MAKES_A_THREAD_OR_POOL = target(
            "a new Thread, an executor, a Timer, or work on the shared common pool",
            (owner, t) -> (isConstructor(t) && (owner.isAssignableTo(Thread.class) || owner.isAssignableTo(Executor.class)
                    || owner.isAssignableTo(Timer.class)))
                    || owner.isEquivalentTo(Executors.class)
                    || (owner.isEquivalentTo(ForkJoinPool.class) && t.getName().equals("commonPool"))
                    || (owner.isEquivalentTo(CompletableFuture.class) && List.of("supplyAsync", "runAsync").contains(t.getName())
                    && t instanceof AccessTarget.CodeUnitAccessTarget c && c.getRawParameterTypes().size() == 1));

    @ArchTest
    static final ArchRule threadsAreMadeOnlyByWorkersAndCoresOwnNamedPools = noClasses()
            .that(DescribedPredicate.not(ownedBy(THREAD_OWNERS)))
            .should().accessTargetWhere(MAKES_A_THREAD_OR_POOL);

    @ArchTest
    static final ArchRule onlyWorkersHandsWorkToTheFxThread = noClasses()
            .that().doNotHaveFullyQualifiedName(WORKERS)
            .should().accessTargetWhere(target("Platform.runLater (a call or a method reference)",
                    (owner, t) -> owner.getName().equals("javafx.application.Platform") && t.getName().equals("runLater")));

    /** A JavaFX Task or Service posts its state and result to the FX thread by itself, past Workers. */
    @ArchTest
    static final ArchRule nothingUsesJavaFxTasksOrServices = noClasses()
            .should().dependOnClassesThat().resideInAPackage("javafx.concurrent..");

    @ArchTest
    static final ArchRule onlyTheWindowServiceMakesStagesDialogsAndPopups = noClasses()
            .that(DescribedPredicate.not(ownedBy(Set.of(WINDOW_SERVICE))))
            .should().accessTargetWhere(target("a new Stage, Dialog (or Alert) or Popup", (owner, t) -> isConstructor(t)
                    && (owner.isAssignableTo("javafx.stage.Stage") || owner.isAssignableTo("javafx.scene.control.Dialog")
                    || owner.isAssignableTo("javafx.stage.Popup"))));

    @ArchTest
    static final ArchRule onlyTheDialogServiceOpensFileAndFolderChoosers = noClasses()
            .that(DescribedPredicate.not(ownedBy(Set.of(DIALOG_SERVICE))))
            .should().accessTargetWhere(target("a new FileChooser or DirectoryChooser", (owner, t) -> isConstructor(t)
                    && (owner.isEquivalentTo(javafx.stage.FileChooser.class)
                    || owner.isEquivalentTo(javafx.stage.DirectoryChooser.class))));

    /** The services the application builds once; in the application only the composition root builds them. */
    private static final Set<String> SERVICES = Set.of(
            UI + ".prefs.PreferencesStore", UI + ".session.DraftStore", UI + ".session.EditorSession",
            UI + ".session.LiveValidation", UI + ".session.LivePreview", UI + ".common.Appearance",
            WINDOW_SERVICE, DIALOG_SERVICE, UI + ".publish.PublishTargets",
            "io.universestudio.core.settings.SettingsStore", "io.universestudio.core.settings.Repositories",
            "io.universestudio.core.resource.ImageFetcher", "io.universestudio.core.secrets.CredentialStores",
            "io.universestudio.core.serve.RepositoryServer");

    @ArchTest
    static final ArchRule inTheApplicationOnlyTheCompositionRootBuildsServicesAndViewModels = noClasses()
            .that().resideInAPackage(UI + "..")
            .and(DescribedPredicate.not(ownedBy(Set.of(APP_CONTEXT))))
            .should().accessTargetWhere(DescribedPredicate.describe(
                    "a view model's constructor, or a service's constructor or factory (not its own)",
                    a -> !a.getOriginOwner().equals(a.getTargetOwner()) && builds(a.getTargetOwner(), a.getTarget())));

    private static boolean builds(JavaClass owner, AccessTarget t) {
        return (isConstructor(t) && owner.getSimpleName().endsWith("ViewModel"))
                || (SERVICES.contains(owner.getName()) && (isConstructor(t)
                || t.getName().equals("forThisComputer") || t.getName().equals("create")));
    }
}
