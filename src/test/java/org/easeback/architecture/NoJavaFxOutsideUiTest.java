package org.easeback.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain packages never touch JavaFX, so they run headless and the FX thread stays out of the engine.
 * The cues package (tones, the cue player interface, the event-to-cue mapping) is plain Java too; playing sound
 * through JavaFX media lives in org.easeback.ui.sound.
 */
@AnalyzeClasses(packages = "org.easeback", importOptions = ImportOption.DoNotIncludeTests.class)
class NoJavaFxOutsideUiTest {

    @ArchTest
    static final ArchRule domainImportsNothingFromJavaFx = noClasses()
            .that().resideInAnyPackage("org.easeback.routine..", "org.easeback.engine..", "org.easeback.safety..",
                    "org.easeback.profile..", "org.easeback.history..", "org.easeback.storage..",
                    "org.easeback.cues..", "org.easeback.speech..", "org.easeback.logging..", "org.easeback.cli..",
                    "org.easeback")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .allowEmptyShould(true);
}
