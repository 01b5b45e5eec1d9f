package org.easeback.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Speech is domain: plain Java, beside the cues (neither uses the other; the UI joins them through
 * SpeechTurns), below the CLI and the UI. Only the UI implements its SpeechOutput port with JavaFX.
 */
@AnalyzeClasses(packages = "org.easeback", importOptions = ImportOption.DoNotIncludeTests.class)
class SpeechLayeringTest {

    @ArchTest
    static final ArchRule speechIsPlainJavaBelowTheUiAndTheCli = noClasses()
            .that().resideInAPackage("org.easeback.speech..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.easeback.ui..",
                    "org.easeback.cli..", "org.easeback.cues..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule nothingBelowSpeechUsesIt = noClasses()
            .that().resideInAnyPackage("org.easeback.storage..", "org.easeback.routine..", "org.easeback.safety..",
                    "org.easeback.profile..", "org.easeback.engine..", "org.easeback.history..",
                    "org.easeback.cues..")
            .should().dependOnClassesThat().resideInAPackage("org.easeback.speech..")
            .allowEmptyShould(true);
}
