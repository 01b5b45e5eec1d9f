package org.easeback.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import java.util.stream.Stream;

/**
 * The dependency direction of docs/decisions/0003-layers-and-the-ui-kit.md: no package cycles, each layer uses
 * only the layers below it, UI screens meet only through the kit, and logging goes through SLF4J alone.
 */
@AnalyzeClasses(packages = "org.easeback", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String UI = "org.easeback.ui.";
    /** The screen packages: each may use the kit, the shared components and the layers below ui, never another. */
    static final List<String> SCREENS = List.of("library", "player", "presession", "receivers", "history",
            "settings", "about", "studio");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.easeback.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noUiPackageCycles = slices().matching("org.easeback.ui.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("Storage").definedBy("org.easeback.storage..")
            .layer("Routine").definedBy("org.easeback.routine..")
            .layer("Safety").definedBy("org.easeback.safety..")
            .layer("Profile").definedBy("org.easeback.profile..")
            .layer("Engine").definedBy("org.easeback.engine..")
            .layer("History").definedBy("org.easeback.history..")
            .layer("Cues").definedBy("org.easeback.cues..")
            .layer("Speech").definedBy("org.easeback.speech..")
            .layer("Studio").definedBy("org.easeback.studio..")
            .layer("Logging").definedBy("org.easeback.logging..")
            .layer("Cli").definedBy("org.easeback.cli..")
            .layer("Ui").definedBy("org.easeback.ui..")
            .layer("Main").definedBy("org.easeback")
            .whereLayer("Storage").mayOnlyBeAccessedByLayers("Routine", "Safety", "Profile", "Engine", "History",
                    "Cues", "Speech", "Logging", "Studio", "Cli", "Ui", "Main")
            .whereLayer("Routine").mayOnlyBeAccessedByLayers("Safety", "Profile", "Engine", "History", "Cues",
                    "Speech", "Studio", "Cli", "Ui", "Main")
            .whereLayer("Safety").mayOnlyBeAccessedByLayers("Profile", "Engine", "History", "Cues", "Speech",
                    "Studio", "Cli", "Ui", "Main")
            .whereLayer("Profile").mayOnlyBeAccessedByLayers("Engine", "History", "Cues", "Speech", "Studio", "Cli", "Ui",
                    "Main")
            .whereLayer("Engine").mayOnlyBeAccessedByLayers("History", "Cues", "Speech", "Studio", "Cli", "Ui", "Main")
            .whereLayer("History").mayOnlyBeAccessedByLayers("Cli", "Ui", "Main")
            .whereLayer("Cues").mayOnlyBeAccessedByLayers("Speech", "Cli", "Ui", "Main")
            .whereLayer("Speech").mayOnlyBeAccessedByLayers("Cues", "Cli", "Ui", "Main")
            .whereLayer("Studio").mayOnlyBeAccessedByLayers("Cli", "Ui", "Main")
            .whereLayer("Logging").mayOnlyBeAccessedByLayers("Cli", "Ui", "Main")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Main")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Main")
            .whereLayer("Main").mayNotBeAccessedByAnyLayer();

    @ArchTest
    static final ArchRule uiLayers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitectureIgnoring(resideOutsideOfPackage("org.easeback.ui.."))
            .layer("App").definedBy(UI + "app..")
            .layer("Screens").definedBy(SCREENS.stream().map(s -> UI + s + "..").toArray(String[]::new))
            .layer("Components").definedBy(UI + "backmap..", UI + "sound..")
            .layer("Kit").definedBy(UI + "kit..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Screens").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Components").mayOnlyBeAccessedByLayers("App", "Screens")
            .whereLayer("Kit").mayOnlyBeAccessedByLayers("App", "Screens", "Components");

    @ArchTest
    static final ArchRule screensDoNotUseEachOther = CompositeArchRule.of(SCREENS.stream()
            .map(screen -> noClasses().that().resideInAPackage(UI + screen + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(SCREENS.stream()
                            .filter(other -> !other.equals(screen)).map(other -> UI + other + "..")
                            .toArray(String[]::new))
                    .because("a screen reaches another screen only through an interface in ui.kit"))
            .toList());

    @ArchTest
    static final ArchRule logbackOnlyInTheLogSetUp = noClasses()
            .that().resideOutsideOfPackage("org.easeback.logging..")
            .should().dependOnClassesThat().resideInAPackage("ch.qos.logback..")
            .because("code logs through SLF4J; only the log set-up knows the backend");

    @ArchTest
    static final ArchRule noOtherLoggingApi = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(Stream.of("java.util.logging..", "org.apache.log4j..",
                    "org.apache.logging.log4j..", "org.apache.commons.logging..").toArray(String[]::new))
            .orShould().dependOnClassesThat().belongToAnyOf(System.Logger.class)
            .because("code logs through SLF4J only");
}
